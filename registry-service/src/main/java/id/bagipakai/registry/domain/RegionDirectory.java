package id.bagipakai.registry.domain;

/**
 * Which Kemendagri region codes exist; implemented over the region table.
 * Kept as an interface so identifier checks stay pure and testable without a database.
 */
public interface RegionDirectory {

    /** The regency (kabupaten/kota) part of a village code: {@code 11.01} of {@code 11.01.01.2001}. */
    static String regencyOf(String regionCode) {
        return regionCode.substring(0, 5);
    }


    /** Whether {@code code}, in dotted form at any level (PP, PP.KK, PP.KK.DD, PP.KK.DD.VVVV), exists. */
    boolean exists(String code);
}
