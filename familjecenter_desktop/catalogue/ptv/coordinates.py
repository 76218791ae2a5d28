"""Coordinates of PTV addresses as WGS84 latitude and longitude.

PTV gives coordinates in ETRS-TM35FIN (EPSG:3067): ``latitude`` holds the
northing and ``longitude`` the easting, in metres. Those are converted here with
the inverse transverse Mercator series (Krüger, GRS80, central meridian 27° E,
scale 0.9996, false easting 500 km), accurate to well under a metre. Values that
already look like degrees are kept.
"""

from __future__ import annotations

import math

_A = 6378137.0
_F = 1 / 298.257222101
_K0 = 0.9996
_E0 = 500000.0
_LON0 = math.radians(27.0)

_N = _F / (2 - _F)
_AA = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_BETA = (
    _N / 2 - 2 * _N**2 / 3 + 37 * _N**3 / 96,
    _N**2 / 48 + _N**3 / 15,
    17 * _N**3 / 480,
)
_DELTA = (
    2 * _N - 2 * _N**2 / 3 - 2 * _N**3,
    7 * _N**2 / 3 - 8 * _N**3 / 5,
    56 * _N**3 / 15,
)


def tm35fin_to_wgs84(northing: float, easting: float) -> tuple[float, float]:
    """(latitude, longitude) in degrees of an ETRS-TM35FIN point."""
    xi = northing / (_K0 * _AA)
    eta = (easting - _E0) / (_K0 * _AA)

    xi_p, eta_p = xi, eta
    for j, beta in enumerate(_BETA, start=1):
        xi_p -= beta * math.sin(2 * j * xi) * math.cosh(2 * j * eta)
        eta_p -= beta * math.cos(2 * j * xi) * math.sinh(2 * j * eta)

    chi = math.asin(math.sin(xi_p) / math.cosh(eta_p))
    lat = chi + sum(d * math.sin(2 * j * chi) for j, d in enumerate(_DELTA, 1))
    lon = _LON0 + math.atan2(math.sinh(eta_p), math.cos(xi_p))
    return math.degrees(lat), math.degrees(lon)


def to_wgs84(latitude: object, longitude: object) -> tuple[float, float] | None:
    """Degrees from PTV's coordinate strings, or None when absent or unusable."""
    try:
        north = float(str(latitude).replace(",", "."))
        east = float(str(longitude).replace(",", "."))
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(north) and math.isfinite(east)) or (north == 0 == east):
        return None
    if abs(north) <= 90 and abs(east) <= 180:
        return north, east
    if 6_000_000 < north < 8_000_000 and 0 < east < 1_000_000:
        lat, lon = tm35fin_to_wgs84(north, east)
        return round(lat, 7), round(lon, 7)
    return None
