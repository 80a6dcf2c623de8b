"""Layouts of the network map: pure functions over plain numpy arrays (no Qt, no networkx in the hot loop).

``compute_layout`` is the one entry point; the GUI runs it on a worker thread, ``netzplaner demo`` runs it once
so that opening a document never has to.

Why not networkx or a compiled library: networkx ``spring_layout`` takes 137 s for 10,000 partners; igraph is GPL;
a numba kernel adds about 160 MB (llvmlite) to the Windows build and compiles for seconds on first use. The
force layout here is ForceAtlas2 (attraction along ties, repulsion between all partners, gravity to the centre)
with the all-pairs repulsion computed on a grid through the FFT (a particle-mesh method): every step is a handful
of numpy calls over arrays, O(n + m + G² log G) instead of O(n²), and no single call holds the GIL for long, so
the GUI thread stays responsive while it runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import numpy as np

RADIUS = 6.0  # both layouts fit in a disc of about this radius (in map units)
SECTOR_CENTRES = (90.0, 210.0, 330.0)  # degrees: regional on top, thematic lower left, international lower right


class LayoutKind(StrEnum):
    FORCE = "force"  # force-directed (ForceAtlas2)
    CONCENTRIC = "concentric"  # the "network map": sectors by dimension, distance by strength of the tie


class Cancelled(Exception):
    """Raised inside a layout when the caller asked it to stop."""


@dataclass(frozen=True)
class LayoutInput:
    """The network as plain arrays; index ``i`` is the i-th partner."""

    edges: np.ndarray  # (m, 2) int: partner indices of each relationship
    weights: np.ndarray  # (m,) float: strength 1–5
    sector: np.ndarray  # (n,) int: 0 regional, 1 thematic, 2 international (first dimension), 3 no network
    tie: np.ndarray  # (n,) int: strength of the direct tie to the own firm, 0 if none
    order: np.ndarray  # (n,) int: rank that orders partners around their ring (kind, then name)
    centre: int | None = None  # index of the own firm
    initial: np.ndarray | None = None  # (n, 2) float; rows of NaN have no position yet

    @property
    def n(self) -> int:
        return len(self.sector)


Progress = Callable[[float], None]


def compute_layout(kind: LayoutKind | str, graph: LayoutInput, *, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None, seed: int = 1) -> np.ndarray:
    """Positions (n, 2) for the layout ``kind``; ``progress`` gets 0..1, ``cancelled()`` stops with Cancelled."""
    if LayoutKind(kind) is LayoutKind.CONCENTRIC:
        positions = concentric_layout(graph)
        if progress:
            progress(1.0)
        return positions
    return force_layout(graph, progress=progress, cancelled=cancelled, seed=seed)


def fill_missing(graph: LayoutInput) -> np.ndarray:
    """Stored positions where there are any; partners without one get their place on the network map."""
    if graph.initial is None:
        return concentric_layout(graph)
    positions = np.array(graph.initial, dtype=float, copy=True)
    missing = ~np.isfinite(positions).all(axis=1)
    if missing.any():
        positions[missing] = concentric_layout(graph)[missing]
    return positions


# -- the network map (concentric) --------------------------------------------------------------------------

NO_NETWORK = 3  # the sector of partners that belong to no network (they get their own place and caption)
INNER_RADIUS = 1.0  # the free disc around the own firm
SECTOR_GAP = 8.0  # degrees between neighbouring sectors
MIN_RING_SHARE = 0.07  # a ring with few partners still gets this share of the disc, so it is not a thin line


@dataclass(frozen=True)
class MapGeometry:
    """Where the network map puts its sectors and rings, computed from the network itself.

    Rings exist only for the tie strengths that occur, and each ring gets a share of the disc's area in
    proportion to its partners, so the whole radius is used: a crowd of partners without a direct tie fills a
    wide outer band instead of a dense circle, and an empty ring leaves no gap. The guide draws exactly this.
    """

    sectors: tuple[tuple[int, float, float], ...]  # (sector, first angle, span) in degrees, anticlockwise
    rings: tuple[tuple[int, float, float], ...]  # (tie strength, inner radius, outer radius), innermost first
    reach: tuple[tuple[int, float], ...] = ()  # (sector, radius of its outermost partner)

    def sector_centre(self, sector: int) -> float:
        return next(start + span / 2 for s, start, span in self.sectors if s == sector)

    def ring_radius(self, tie: int) -> float:
        """The middle of the band of partners whose direct tie to the own firm is ``tie`` (0 = none)."""
        return next((inner + outer) / 2 for t, inner, outer in self.rings if t == int(tie))

    @property
    def gap_angle(self) -> float:
        """The middle of the gap after the first sector (regional), where the guide names the rings."""
        _sector, start, span = self.sectors[0]
        return start + span + SECTOR_GAP / 2


def _others(graph: LayoutInput) -> np.ndarray:
    others = np.ones(graph.n, dtype=bool)
    if graph.centre is not None:
        others[graph.centre] = False
    return others


def map_geometry(graph: LayoutInput) -> MapGeometry:
    others = _others(graph)
    sector = np.asarray(graph.sector, dtype=int)
    # regional on top, thematic lower left, "no network" at the bottom, international lower right
    present = [0, 1] + ([NO_NETWORK] if (others & (sector == NO_NETWORK)).any() else []) + [2]
    if NO_NETWORK in present:
        share = float((others & (sector == NO_NETWORK)).sum()) / max(int(others.sum()), 1)
        small = float(np.clip(360.0 * share, 30.0, 70.0))
    else:
        small = 0.0
    span = (360.0 - small - SECTOR_GAP * len(present)) / 3.0
    sectors, angle = [], 90.0 - span / 2
    for s in present:
        width = small if s == NO_NETWORK else span
        sectors.append((s, angle, width))
        angle += width + SECTOR_GAP
    ties = np.clip(np.asarray(graph.tie, dtype=int)[others], 0, 5)
    values = sorted(set(ties.tolist()), reverse=True)  # strongest tie innermost
    counts = np.array([max(float((ties == t).sum()), MIN_RING_SHARE * max(len(ties), 1)) for t in values])
    cumulative = np.concatenate([[0.0], np.cumsum(counts) / max(counts.sum(), 1e-9)])
    radii = np.sqrt(INNER_RADIUS ** 2 + (RADIUS ** 2 - INNER_RADIUS ** 2) * cumulative)
    rings = tuple((t, float(radii[k]), float(radii[k + 1])) for k, t in enumerate(values))
    return MapGeometry(sectors=tuple(sectors), rings=rings)


def follows_network_map(graph: LayoutInput, positions: np.ndarray, share: float = 0.9) -> bool:
    """True when at least ``share`` of the partners sit where the network map puts them (so its rings and
    sectors can be drawn as a guide); a few partners dragged elsewhere do not change that."""
    return network_map_guide(graph, positions, share) is not None


def network_map_guide(graph: LayoutInput, positions: np.ndarray, share: float = 0.9) -> MapGeometry | None:
    """The network map's geometry (for its guide) when the partners follow that layout, else None."""
    if graph.n < 2:
        return None
    expected, geometry = concentric_with_geometry(graph)
    close = np.sqrt(((np.asarray(positions) - expected) ** 2).sum(axis=1)) < 1e-6 * RADIUS
    return geometry if float(close.mean()) >= share else None


def concentric_layout(graph: LayoutInput) -> np.ndarray:
    """Own firm in the centre; one sector per network; the stronger the direct tie, the closer to the centre.

    A crowded ring spreads over several rows inside its band, so 10,000 partners still do not sit on top of
    each other.
    """
    return concentric_with_geometry(graph)[0]


def concentric_with_geometry(graph: LayoutInput) -> tuple[np.ndarray, MapGeometry]:
    n = graph.n
    positions = np.zeros((n, 2))
    geometry = map_geometry(graph)
    others = _others(graph)
    sector_of = np.asarray(graph.sector, dtype=int)
    ties = np.clip(np.asarray(graph.tie, dtype=int), 0, 5)
    reach = []
    for sector, first, span_deg in geometry.sectors:
        lo_angle, span = np.radians(first), np.radians(span_deg)
        outermost = 0.0
        for tie, inner, outer in geometry.rings:
            members = np.flatnonzero(others & (sector_of == sector) & (ties == tie))
            if members.size == 0:
                continue
            members = members[np.argsort(graph.order[members], kind="stable")]
            radius = (inner + outer) / 2
            band = (outer - inner) * 0.8
            # rows inside the band so that neighbours keep roughly equal spacing along and across the ring
            spacing = np.sqrt(span * radius * band / members.size)
            rows = int(min(members.size, max(1, np.floor(band / spacing))))
            slot = np.arange(members.size)
            row = slot % rows
            along = slot // rows
            per_row = np.ceil(members.size / rows)
            frac = (along + 0.5 + 0.5 * (row % 2) / max(per_row, 1)) / per_row
            angle = lo_angle + span * np.clip(frac, 0, 1)
            rr = radius + (row - (rows - 1) / 2) * (band / rows if rows > 1 else 0)
            positions[members, 0] = rr * np.cos(angle)
            positions[members, 1] = rr * np.sin(angle)
            outermost = max(outermost, float(rr.max()))
        reach.append((sector, outermost))
    return positions, MapGeometry(sectors=geometry.sectors, rings=geometry.rings, reach=tuple(reach))


# -- force-directed (ForceAtlas2 with particle-mesh repulsion) ----------------------------------------------

def _grid_size(n: int) -> int:
    """Cells per side of the repulsion grid: fine enough to separate clusters, coarse enough for speed."""
    return 64 if n <= 500 else 128 if n <= 20_000 else 160


def iterations_for(n: int) -> int:
    """Measured: 200 steps settle 10,000 partners (1.0 s here); small networks get more for a cleaner finish."""
    return 400 if n <= 2_000 else 200


@lru_cache(maxsize=4)
def _kernel_spectrum(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """FFT of the repulsion kernel r/|r|² (force ∝ 1/distance, as ForceAtlas2) on a zero-padded grid."""
    size = 2 * grid
    offsets = np.fft.fftfreq(size, 1.0 / size)  # 0, 1, ..., grid-1, -grid, ..., -1 (wrap-around order)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = 1.0
    kx, ky = dx / r2, dy / r2
    kx[0, 0] = ky[0, 0] = 0.0
    return np.fft.rfft2(kx), np.fft.rfft2(ky)


def _repulsion(pos: np.ndarray, mass: np.ndarray, grid: int) -> np.ndarray:
    """Sum over all j of m_j (x_i − x_j)/|x_i − x_j|², through cloud-in-cell deposit, FFT convolution and
    interpolation with the same weights (which keeps a node from pushing itself)."""
    lo = pos.min(axis=0)
    span = float((pos.max(axis=0) - lo).max()) * 1.02 + 1e-9
    cell = span / (grid - 1)
    g = (pos - lo) / cell
    i0 = np.minimum(g.astype(np.int64), grid - 2)
    f = g - i0
    wx0, wy0 = 1.0 - f[:, 0], 1.0 - f[:, 1]
    wx1, wy1 = f[:, 0], f[:, 1]
    size = 2 * grid
    base = i0[:, 0] * size + i0[:, 1]
    corners = ((base, wx0 * wy0), (base + 1, wx0 * wy1), (base + size, wx1 * wy0), (base + size + 1, wx1 * wy1))
    density = np.zeros(size * size)
    for index, weight in corners:
        density += np.bincount(index, weights=mass * weight, minlength=size * size)
    spectrum = np.fft.rfft2(density.reshape(size, size))
    kx, ky = _kernel_spectrum(grid)
    field_x = np.fft.irfft2(spectrum * kx, s=(size, size)).ravel()
    field_y = np.fft.irfft2(spectrum * ky, s=(size, size)).ravel()
    force = np.zeros_like(pos)
    for index, weight in corners:
        force[:, 0] += field_x[index] * weight
        force[:, 1] += field_y[index] * weight
    return force / cell


def force_layout(graph: LayoutInput, *, iterations: int | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, seed: int = 1) -> np.ndarray:
    """ForceAtlas2 (linear attraction weighted by strength, degree-weighted repulsion, gravity) from the
    stored positions, or from the network map where there are none."""
    n = graph.n
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    pos = fill_missing(graph) + rng.normal(scale=1e-3, size=(n, 2))
    if n == 1:
        return np.zeros((1, 2))
    src, dst = graph.edges[:, 0].astype(np.int64), graph.edges[:, 1].astype(np.int64)
    weight = np.asarray(graph.weights, dtype=float) / 3.0
    degree = np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)
    mass = degree + 1.0
    scaling = 2.0 if n < 100 else 10.0  # ForceAtlas2's "scaling ratio": larger graphs need more room
    gravity = 1.0
    grid = _grid_size(n)
    iterations = iterations or iterations_for(n)
    # start at the size the forces will settle at, so the first steps do not explode or collapse
    pos *= np.sqrt(scaling * mass.sum()) / max(float(np.abs(pos).max()), 1e-9) * 0.5
    previous = np.zeros_like(pos)
    speed, speed_efficiency = 1.0, 1.0
    for step in range(iterations):
        if cancelled is not None and cancelled():
            raise Cancelled()
        force = scaling * mass[:, None] * _repulsion(pos, mass, grid)
        delta = pos[src] - pos[dst]
        pull = weight[:, None] * delta
        for axis in range(2):
            force[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
            force[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
        centre = pos[graph.centre] if graph.centre is not None else np.zeros(2)
        to_centre = pos - centre
        distance = np.sqrt((to_centre ** 2).sum(axis=1)) + 1e-9
        force -= (gravity * mass / distance)[:, None] * to_centre
        # ForceAtlas2's adaptive speed: calm nodes that swing back and forth, keep the overall motion steady
        swing = mass * np.sqrt(((force - previous) ** 2).sum(axis=1))
        traction = mass * np.sqrt(((force + previous) ** 2).sum(axis=1)) / 2.0
        total_swing, total_traction = float(swing.sum()), float(traction.sum())
        speed, speed_efficiency = _adjust_speed(speed, speed_efficiency, total_swing, total_traction, n)
        factor = speed / (1.0 + np.sqrt(speed * swing))
        pos += force * factor[:, None]
        if graph.centre is not None:
            pos -= pos[graph.centre]
        previous = force
        if progress is not None and step % 10 == 9:
            progress((step + 1) / iterations)
    return _normalised(pack_components(pos, graph.edges, graph.centre), graph.centre)


def components(n: int, edges: np.ndarray) -> np.ndarray:
    """A component label for each partner (partners joined by a path of ties share one)."""
    label = np.arange(n)
    if len(edges):
        src, dst = np.asarray(edges[:, 0], dtype=np.int64), np.asarray(edges[:, 1], dtype=np.int64)
        while True:  # min-label propagation with pointer jumping: a handful of passes even for 10,000 partners
            low = np.minimum(label[src], label[dst])
            new = label.copy()
            np.minimum.at(new, src, low)
            np.minimum.at(new, dst, low)
            new = new[new]
            if np.array_equal(new, label):
                break
            label = new
    return np.unique(label, return_inverse=True)[1]


def pack_components(pos: np.ndarray, edges: np.ndarray, centre: int | None) -> np.ndarray:
    """Move the groups that have no tie to the main component close around it, largest first.

    Repulsion drives unconnected groups far out (5–6 times the main cluster's width), so the main cluster ends
    small in a corner. Here each group keeps its own shape (shrunk if it sprawled) and is placed on rings just
    outside the main component, one after another, like a spiral.
    """
    n = len(pos)
    if n < 3:
        return pos
    label = components(n, edges)
    sizes = np.bincount(label)
    if len(sizes) == 1:
        return pos
    main = label[centre] if centre is not None else int(np.argmax(sizes))
    pos = pos.copy()
    members = label == main
    middle = pos[centre] if centre is not None else pos[members].mean(axis=0)
    main_reach = float(np.percentile(np.sqrt(((pos[members] - middle) ** 2).sum(axis=1)), 98)) \
        if members.sum() > 1 else 0.0
    # the room a single partner takes: what a partner of the main component has, on average
    unit = max(main_reach * 2 / max(np.sqrt(members.sum()), 1.0), 1e-3)
    main_reach = max(main_reach, unit)
    groups = [g for g in np.argsort(-sizes, kind="stable") if g != main]
    ring = main_reach + unit / 2
    cursor, ring_depth = 0.0, 0.0
    for g in groups:
        part = np.flatnonzero(label == g)
        local = pos[part] - pos[part].mean(axis=0)
        extent = float(np.sqrt((local ** 2).sum(axis=1)).max())
        natural = unit * np.sqrt(len(part))  # the radius the group would need packed as densely as the main one
        wanted = float(np.clip(extent, unit / 2, natural))  # a tied pair may have collapsed onto one point
        if extent > 0:
            local *= wanted / extent
        extent = wanted
        distance = ring + extent
        needed = 2 * np.arcsin(min(1.0, (extent + unit / 2) / distance))
        if cursor + needed > 2 * np.pi:  # this ring is full: start the next one further out
            ring += ring_depth + unit
            cursor, ring_depth = 0.0, 0.0
            distance = ring + extent
            needed = 2 * np.arcsin(min(1.0, (extent + unit / 2) / distance))
        angle = np.pi / 2 - (cursor + needed / 2)  # from the top, clockwise
        pos[part] = local + middle + distance * np.array([np.cos(angle), np.sin(angle)])
        cursor += needed
        ring_depth = max(ring_depth, 2 * extent)
    return pos


def _adjust_speed(speed: float, efficiency: float, swing: float, traction: float, n: int) -> tuple[float, float]:
    """The global speed rule of ForceAtlas2 (Jacomy et al. 2014, as in Gephi): as fast as the nodes allow
    without swinging back and forth; the speed rises by at most half per step."""
    jitter_tolerance = 1.0
    estimated = 0.05 * np.sqrt(n)
    tolerance = jitter_tolerance * max(np.sqrt(estimated), min(10.0, estimated * traction / (n * n)))
    min_efficiency = 0.05
    if swing / max(traction, 1e-12) > 2.0:
        if efficiency > min_efficiency:
            efficiency *= 0.5
        tolerance = max(tolerance, jitter_tolerance)
    target = tolerance * efficiency * traction / max(swing, 1e-12)
    if swing > tolerance * traction:
        if efficiency > min_efficiency:
            efficiency *= 0.7
    elif speed < 1000:
        efficiency *= 1.3
    return float(speed + min(target - speed, 0.5 * speed)), float(efficiency)


def _normalised(pos: np.ndarray, centre: int | None) -> np.ndarray:
    """Scale to the same disc as the network map, so switching layouts keeps the zoom meaningful."""
    if centre is not None:
        pos = pos - pos[centre]
    reach = float(np.percentile(np.sqrt((pos ** 2).sum(axis=1)), 98)) if len(pos) > 1 else 1.0
    return pos * (RADIUS / reach if reach > 0 else 1.0)
