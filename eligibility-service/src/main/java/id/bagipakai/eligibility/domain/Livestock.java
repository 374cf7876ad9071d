package id.bagipakai.eligibility.domain;

/** The Regsosek livestock counts; {@link #variable()} is the field name in events and in PMT model files. */
public enum Livestock {
    CATTLE("cattle"),
    BUFFALO("buffalo"),
    HORSES("horses"),
    PIGS("pigs"),
    GOATS_SHEEP("goatsSheep");

    private final String variable;

    Livestock(String variable) {
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
