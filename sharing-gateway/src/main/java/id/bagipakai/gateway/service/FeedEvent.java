package id.bagipakai.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record read from a topic, before any policy: {@code id} is its position (partition-offset),
 * {@code type} the event name, {@code record} the full event as JSON. Never sent as it is.
 */
public record FeedEvent(String stream, String id, String type, ObjectNode record) {
}
