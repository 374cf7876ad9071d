-- Where each agency acknowledged it has read a stream by pull: a pull without a cursor goes on from here.
CREATE TABLE pull_position (
    agency          text        NOT NULL,
    stream          text        NOT NULL,
    cursor          text        NOT NULL,
    acknowledged_at timestamptz NOT NULL,
    PRIMARY KEY (agency, stream)
);
