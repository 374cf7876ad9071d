package id.bagipakai.registry.service;

/** What it takes to register a household (the skeleton's subset of the Regsosek household). */
public record RegisterHousehold(String regionCode, String kkNumber, String address) {
}
