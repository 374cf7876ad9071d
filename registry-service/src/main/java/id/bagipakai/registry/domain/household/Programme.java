package id.bagipakai.registry.domain.household;

/** Social-assistance programmes a household reports receiving. */
public enum Programme { PKH, BPNT_SEMBAKO, PBI_JKN, PIP, BLT, OTHER }
