-- A webhook serves one stream; those registered before there was a choice serve the household events.
ALTER TABLE webhook ADD COLUMN stream text NOT NULL DEFAULT 'household-events';
