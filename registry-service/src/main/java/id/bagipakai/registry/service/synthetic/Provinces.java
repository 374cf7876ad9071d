package id.bagipakai.registry.service.synthetic;

import id.bagipakai.registry.service.synthetic.Names.Culture;

import static id.bagipakai.registry.service.synthetic.Names.Culture.ACEH;
import static id.bagipakai.registry.service.synthetic.Names.Culture.BALINESE;
import static id.bagipakai.registry.service.synthetic.Names.Culture.BANJAR;
import static id.bagipakai.registry.service.synthetic.Names.Culture.BATAK;
import static id.bagipakai.registry.service.synthetic.Names.Culture.BETAWI;
import static id.bagipakai.registry.service.synthetic.Names.Culture.BUGIS;
import static id.bagipakai.registry.service.synthetic.Names.Culture.DAYAK;
import static id.bagipakai.registry.service.synthetic.Names.Culture.JAVANESE;
import static id.bagipakai.registry.service.synthetic.Names.Culture.MADURESE;
import static id.bagipakai.registry.service.synthetic.Names.Culture.MALAY;
import static id.bagipakai.registry.service.synthetic.Names.Culture.MALUKU;
import static id.bagipakai.registry.service.synthetic.Names.Culture.MINAHASA;
import static id.bagipakai.registry.service.synthetic.Names.Culture.MINANG;
import static id.bagipakai.registry.service.synthetic.Names.Culture.NTT;
import static id.bagipakai.registry.service.synthetic.Names.Culture.PAPUAN;
import static id.bagipakai.registry.service.synthetic.Names.Culture.SASAK;
import static id.bagipakai.registry.service.synthetic.Names.Culture.SULAWESI;
import static id.bagipakai.registry.service.synthetic.Names.Culture.SUNDANESE;

/**
 * Per-province parameters of the generator. Rough by design; sources of the orders of magnitude:
 * BPS poverty rates by province (March 2024) turned into a welfare shift, {@code shift = -1.34 -
 * probit(povertyRate)} (so a province at the national 9 % gets 0); approximate bounding boxes;
 * the main naming traditions of each province.
 */
final class Provinces {

    /**
     * @param welfareShift  added to every household's latent welfare (standard-normal scale)
     * @param remoteShare   share of rural villages that are remote (Komunitas Adat Terpencil areas)
     * @param adatShare     share of rural villages of an adat/belief community that refuses ID rules
     * @param woodHouses    wooden floors and walls are common (stilt houses)
     * @param maritime      boats and fishing are common
     */
    record Profile(int code, double welfareShift, double remoteShare, double adatShare,
                   double latMin, double latMax, double lonMin, double lonMax,
                   Culture[] cultures, double[] cultureWeights, boolean woodHouses, boolean maritime, boolean java,
                   boolean papua) {

        Culture culture(Rng rng) {
            return cultures[rng.weighted(cultureWeights)];
        }
    }

    private static final Profile[] BY_CODE = new Profile[100];
    private static final Profile DEFAULT = new Profile(0, 0, 0.01, 0.002, -10, 5, 96, 140,
            new Culture[]{JAVANESE, MALAY, SUNDANESE, BUGIS}, new double[]{4, 2, 2, 1}, false, false, false, false);

    private static final int WOOD = 1, SEA = 2, JAVA = 4, PAPUA = 8;

    static {
        p(11, -0.26, .02, .002, 2.0, 5.9, 95.2, 98.2, 0, ACEH, .92, BATAK, .03, JAVANESE, .05);
        p(12, 0.07, .01, .004, -0.9, 4.2, 97.2, 100.4, 0, BATAK, .5, MALAY, .25, JAVANESE, .25);
        p(13, 0.23, .015, .002, -3.3, 0.9, 98.6, 101.9, 0, MINANG, .9, BATAK, .05, JAVANESE, .05);
        p(14, 0.17, .02, .002, -1.1, 2.3, 100.0, 103.8, WOOD, MALAY, .45, MINANG, .2, JAVANESE, .2, BATAK, .15);
        p(15, 0.11, .02, .002, -2.8, -0.7, 101.1, 104.5, WOOD, MALAY, .55, JAVANESE, .3, MINANG, .15);
        p(16, -0.11, .01, .002, -4.9, -1.6, 102.1, 106.2, WOOD, MALAY, .75, JAVANESE, .25);
        p(17, -0.26, .015, .002, -5.4, -2.3, 101.0, 103.8, 0, MALAY, .6, JAVANESE, .25, MINANG, .15);
        p(18, -0.09, .005, .002, -6.0, -3.7, 103.6, 105.9, 0, JAVANESE, .6, MALAY, .3, SUNDANESE, .1);
        p(19, 0.36, .01, .002, -3.4, -1.5, 105.1, 108.9, SEA, MALAY, .85, JAVANESE, .15);
        p(21, 0.28, .03, .002, -0.9, 4.7, 103.3, 109.1, WOOD | SEA, MALAY, .5, JAVANESE, .25, BATAK, .15, MINANG, .1);
        p(31, 0.37, 0, 0, -6.37, -6.08, 106.68, 106.97, JAVA, BETAWI, .35, JAVANESE, .35, SUNDANESE, .15, BATAK, .05,
                MINANG, .05, BUGIS, .05);
        p(32, 0.10, .002, .002, -7.8, -5.9, 106.3, 108.8, JAVA, SUNDANESE, .85, JAVANESE, .1, BETAWI, .05);
        p(33, -0.09, .002, .002, -8.2, -5.8, 108.6, 111.7, JAVA, JAVANESE, .97, SUNDANESE, .03);
        p(34, -0.10, 0, .001, -8.2, -7.55, 110.0, 110.85, JAVA, JAVANESE, 1);
        p(35, -0.05, .002, .001, -8.8, -6.6, 111.0, 114.6, JAVA, JAVANESE, .8, MADURESE, .2);
        p(36, 0.23, .002, .002, -7.0, -5.9, 105.1, 106.8, JAVA, SUNDANESE, .65, JAVANESE, .2, BETAWI, .15);
        p(51, 0.41, 0, .001, -8.85, -8.05, 114.45, 115.7, 0, BALINESE, .9, JAVANESE, .1);
        p(52, -0.21, .01, .002, -9.1, -8.1, 115.8, 119.3, 0, SASAK, .9, BALINESE, .1);
        p(53, -0.46, .06, .02, -10.9, -8.1, 119.0, 125.1, SEA, NTT, 1);
        p(61, 0.19, .05, .005, -3.1, 2.0, 108.8, 114.1, WOOD, MALAY, .45, DAYAK, .4, JAVANESE, .15);
        p(62, 0.29, .06, .02, -3.5, 0.7, 110.8, 115.8, WOOD, DAYAK, .5, BANJAR, .25, JAVANESE, .25);
        p(63, 0.40, .02, .003, -4.1, -1.4, 114.4, 116.5, WOOD, BANJAR, .85, JAVANESE, .15);
        p(64, 0.23, .05, .005, -2.3, 2.5, 114.0, 118.9, WOOD, BANJAR, .3, JAVANESE, .3, BUGIS, .25, DAYAK, .15);
        p(65, 0.17, .08, .005, 1.2, 4.3, 115.0, 117.9, WOOD | SEA, DAYAK, .45, BUGIS, .3, JAVANESE, .25);
        p(71, 0.11, .01, .002, 0.4, 4.7, 123.2, 127.1, SEA, MINAHASA, .8, SULAWESI, .2);
        p(72, -0.17, .03, .003, -3.5, 1.3, 119.5, 124.1, WOOD | SEA, SULAWESI, .6, BUGIS, .25, JAVANESE, .15);
        p(73, 0.07, .01, .002, -5.6, -2.0, 119.0, 121.0, WOOD | SEA, BUGIS, .9, SULAWESI, .1);
        p(74, -0.11, .03, .002, -6.1, -2.9, 121.0, 124.5, WOOD | SEA, SULAWESI, .6, BUGIS, .3, JAVANESE, .1);
        p(75, -0.26, .02, .002, 0.3, 1.0, 121.2, 123.5, WOOD, SULAWESI, 1);
        p(76, -0.11, .03, .002, -3.5, -1.0, 118.8, 119.8, WOOD | SEA, SULAWESI, .5, BUGIS, .5);
        p(81, -0.35, .08, .005, -8.2, -2.8, 125.8, 134.8, WOOD | SEA, MALUKU, .85, SULAWESI, .15);
        p(82, 0.17, .08, .003, -2.4, 2.5, 124.4, 129.6, WOOD | SEA, MALUKU, .8, SULAWESI, .2);
        p(91, -0.39, .25, .005, -3.2, -1.0, 135.5, 141.0, WOOD | PAPUA, PAPUAN, .75, JAVANESE, .1, BUGIS, .1, MALUKU, .05);
        p(92, -0.53, .25, .005, -4.2, -0.9, 132.1, 135.2, WOOD | SEA | PAPUA, PAPUAN, .75, JAVANESE, .1, BUGIS, .1,
                MALUKU, .05);
        p(93, -0.43, .3, .005, -9.0, -4.6, 137.4, 141.0, WOOD | PAPUA, PAPUAN, .7, JAVANESE, .15, BUGIS, .1, MALUKU, .05);
        p(94, -0.79, .35, .005, -5.1, -2.7, 134.6, 138.9, WOOD | PAPUA, PAPUAN, .85, BUGIS, .1, JAVANESE, .05);
        p(95, -0.87, .45, .005, -4.9, -3.4, 137.9, 140.9, WOOD | PAPUA, PAPUAN, .95, BUGIS, .05);
        p(96, -0.43, .25, .005, -2.4, -0.4, 130.1, 132.7, WOOD | SEA | PAPUA, PAPUAN, .75, MALUKU, .1, BUGIS, .1,
                JAVANESE, .05);
    }

    private static void p(int code, double shift, double remote, double adat, double latMin, double latMax,
                          double lonMin, double lonMax, int flags, Object... cultureWeights) {
        int n = cultureWeights.length / 2;
        Culture[] cultures = new Culture[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            cultures[i] = (Culture) cultureWeights[2 * i];
            weights[i] = ((Number) cultureWeights[2 * i + 1]).doubleValue();
        }
        BY_CODE[code] = new Profile(code, shift, remote, adat, latMin, latMax, lonMin, lonMax, cultures, weights,
                (flags & WOOD) != 0, (flags & SEA) != 0, (flags & JAVA) != 0, (flags & PAPUA) != 0);
    }

    /** The profile of a province code (PP); unknown codes get a neutral default. */
    static Profile of(int provinceCode) {
        Profile p = provinceCode >= 0 && provinceCode < BY_CODE.length ? BY_CODE[provinceCode] : null;
        return p != null ? p : DEFAULT;
    }

    private Provinces() {
    }
}
