package org.sitrep.model;

/** Great-circle distance on a spherical Earth, which is within 0.5 % of the ellipsoid: ample for km scores. */
public final class GreatCircle {
    /** IUGG mean Earth radius. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /** Haversine distance in km between two points given in degrees. */
    public static double km(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
