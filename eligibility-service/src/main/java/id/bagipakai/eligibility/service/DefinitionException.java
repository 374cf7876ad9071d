package id.bagipakai.eligibility.service;

/**
 * A model or rule file that cannot be used. The message names the file, the place in it (a JSON
 * path such as {@code programmes[0].conditions[1]}) and what is wrong, so that whoever edits the
 * file can fix it without reading code. Loading fails as a whole: a half-understood file must
 * never decide anything.
 */
public final class DefinitionException extends RuntimeException {

    public DefinitionException(String source, String path, String problem) {
        super(source + (path.isEmpty() ? "" : " at " + path) + ": " + problem);
    }

    public DefinitionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
