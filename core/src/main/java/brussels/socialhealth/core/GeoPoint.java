package brussels.socialhealth.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A point on Earth in WGS84 degrees (the system of GPS and of OpenStreetMap), such as the entrance of a
 * site: {@code GeoPoint.of(50.8466, 4.3528)}.
 *
 * <p>Latitude is within -90..90 and longitude within -180..180, both finite. Immutable and thread-safe.
 * JSON form: {@code {"latitude": 50.8466, "longitude": 4.3528}}.
 */
@Value.Immutable
@SocialHealthStyle
@JsonPropertyOrder({"latitude", "longitude"})
@JsonDeserialize(as = ImmutableGeoPoint.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableGeoPoint.class)
public abstract class GeoPoint {
  /** Mean Earth radius in metres (IUGG), used by {@link #distanceTo(GeoPoint)}. */
  public static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /**
   * Returns the latitude in degrees, positive north.
   *
   * @return the latitude, within -90..90
   */
  public abstract double getLatitude();

  /**
   * Returns the longitude in degrees, positive east.
   *
   * @return the longitude, within -180..180
   */
  public abstract double getLongitude();

  /**
   * Creates a point.
   *
   * @param latitude degrees north, within -90..90
   * @param longitude degrees east, within -180..180
   * @return the point
   * @throws InvalidValueException {@link CoreCodes#GEO_LATITUDE} or {@link CoreCodes#GEO_LONGITUDE} when
   *     out of range or not a finite number
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.builder().latitude(latitude).longitude(longitude).build();
  }

  /**
   * Returns the great-circle distance to another point, by the haversine formula on a sphere of radius
   * {@link #EARTH_RADIUS_METRES}; accurate to about 0.5% (the Earth is not a sphere), plenty within a
   * city.
   *
   * @param other the other point; not null
   * @return the distance in metres, zero or positive
   */
  public double distanceTo(GeoPoint other) {
    double phi1 = Math.toRadians(getLatitude());
    double phi2 = Math.toRadians(other.getLatitude());
    double deltaPhi = phi2 - phi1;
    double deltaLambda = Math.toRadians(other.getLongitude() - getLongitude());
    double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Value.Check
  void check() {
    if (!(getLatitude() >= -90 && getLatitude() <= 90)) {
      throw new InvalidValueException(CoreCodes.GEO_LATITUDE, getLatitude());
    }
    if (!(getLongitude() >= -180 && getLongitude() <= 180)) {
      throw new InvalidValueException(CoreCodes.GEO_LONGITUDE, getLongitude());
    }
  }
}
