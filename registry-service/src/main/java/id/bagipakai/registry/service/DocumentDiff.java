package id.bagipakai.registry.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON pointers at which two versions of a document differ, down to the leaves, so that an
 * update event says exactly what changed (and a consumer with a field grant can tell whether it
 * concerns them). Array elements are compared by position.
 */
public final class DocumentDiff {

    public static List<String> changedPaths(JsonNode before, JsonNode after) {
        List<String> paths = new ArrayList<>();
        diff("", before == null ? MissingNode.getInstance() : before,
                after == null ? MissingNode.getInstance() : after, paths);
        return paths;
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> paths) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(at + "/" + name.replace("~", "~0").replace("/", "~1"), a.path(name), b.path(name), paths);
            }
        } else if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                diff(at + "/" + i, a.path(i), b.path(i), paths);
            }
        } else if (!(isAbsent(a) && isAbsent(b))) {
            paths.add(at.isEmpty() ? "/" : at);
        }
    }

    /** Missing and null mean the same in our documents (nulls are not written). */
    private static boolean isAbsent(JsonNode n) {
        return n.isMissingNode() || n.isNull();
    }

    private DocumentDiff() {
    }
}
