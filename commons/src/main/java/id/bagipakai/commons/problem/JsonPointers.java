package id.bagipakai.commons.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.StringJoiner;

/** Turns a Bean Validation property path into a JSON pointer into the request body. */
public final class JsonPointers {

    /**
     * {@code register.request.members[2].nik} becomes {@code /members/2/nik}: the method and its
     * parameter are dropped, because the body is the parameter.
     */
    public static String of(Path path) {
        StringJoiner pointer = new StringJoiner("/", "/", "").setEmptyValue("");
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) { // members[2].nik: the index sits on the node after the list
                if (node.getIndex() != null) {
                    pointer.add(node.getIndex().toString());
                } else if (node.getKey() != null) {
                    pointer.add(escape(node.getKey().toString()));
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.add(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    /** Where in the document a Jackson mapping error happened, e.g. {@code /members/0/birthDate}. */
    public static String of(JsonMappingException exception) {
        StringJoiner pointer = new StringJoiner("/", "/", "").setEmptyValue("");
        for (JsonMappingException.Reference ref : exception.getPath()) {
            pointer.add(ref.getFieldName() != null ? escape(ref.getFieldName()) : Integer.toString(ref.getIndex()));
        }
        return pointer.toString();
    }

    /** RFC 6901: '~' and '/' inside a name are escaped. */
    public static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private JsonPointers() {
    }
}
