package id.bagipakai.registry.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesEachChangedLeafAddedAndRemovedFieldAndArrayElement() throws Exception {
        var before = JSON.readTree("""
                {"kkNumber":"1","location":{"regionCode":"a","address":"x"},
                 "members":[{"name":"A","ppks":["X"]},{"name":"B"}]}""");
        var after = JSON.readTree("""
                {"kkNumber":"1","location":{"regionCode":"b","sls":"RT 1"},
                 "members":[{"name":"A","ppks":["X","Y"]},{"name":"B"},{"name":"C"}]}""");

        assertThat(DocumentDiff.changedPaths(before, after)).containsExactly(
                "/location/regionCode", "/location/address", "/location/sls",
                "/members/0/ppks/1", "/members/2");
    }

    @Test
    void equalDocumentsHaveNoChangeAndNullEqualsMissing() throws Exception {
        var a = JSON.readTree("{\"a\":1,\"b\":null}");
        var b = JSON.readTree("{\"a\":1}");

        assertThat(DocumentDiff.changedPaths(a, b)).isEmpty();
        assertThat(DocumentDiff.changedPaths(a, a.deepCopy())).isEmpty();
    }
}
