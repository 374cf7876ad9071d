package id.bagipakai.commons.problem;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonPointersTest {

    record Member(@Pattern(regexp = "\\d{16}") String nik) {
    }

    record Household(@NotBlank String regionCode, List<@Valid Member> members) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void pointsAtTopLevelAndNestedListFields() {
        var household = new Household("", List.of(new Member("1234567890123456"), new Member("12")));

        List<String> pointers = validator.validate(household).stream()
                .map(v -> JsonPointers.of(v.getPropertyPath()))
                .sorted()
                .toList();

        assertThat(pointers).containsExactly("/members/1/nik", "/regionCode");
    }

    @Test
    void escapesSlashAndTilde() {
        assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    }
}
