package id.bagipakai.gateway.policy;

import java.util.Map;

/** The agency must hold the role that grants the stream; a stream nobody configured is denied. */
public final class StreamGrantStep implements PolicyStep {

    private final Map<String, String> roleByStream;

    public StreamGrantStep(Map<String, String> roleByStream) {
        this.roleByStream = Map.copyOf(roleByStream);
    }

    @Override
    public Decision decide(DisclosureRequest request) {
        String role = roleByStream.get(request.stream());
        if (role == null) {
            return new Decision.Deny("stream-grant", "no grant covers stream " + request.stream());
        }
        if (!request.roles().contains(role)) {
            return new Decision.Deny("stream-grant", request.agency() + " lacks role " + role);
        }
        return new Decision.Release(request.record());
    }
}
