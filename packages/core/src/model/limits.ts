/** How much one plan may hold; the file format refuses more, so the core never builds more. */
export const PLAN_LIMITS = Object.freeze({
  nodes: 200_000,
  edges: 500_000,
  views: 10_000,
  /** Saved positions (and pins) per view. */
  positionsPerView: 100_000,
  /** Positions lie within ±10⁷ on each axis. */
  coordinate: 10_000_000,
});
