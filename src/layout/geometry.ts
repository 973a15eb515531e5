/** Fixed sizes of the chart, in CSS pixels. One place, so layout and render agree. */
export const geometry = {
  /** Row at the top for era titles (only when there are eras). */
  eraRow: 20,
  /** Lane name above each lane's track. */
  laneHeader: 18,
  /** The band where marks sit. */
  track: 22,
  /** One row of event labels. */
  labelRow: 17,
  /** Label rows under each track. */
  labelRows: 2,
  /** The time axis at the bottom. */
  axis: 28,
  /** Room kept free between two labels. */
  labelGap: 8,
  /** Longest label before it is cut with an ellipsis. */
  maxLabelWidth: 220,
  /** Size of a point mark; its hit area is at least 24 × 24 (WCAG 2.5.8). */
  pointSize: 12,
  hitSize: 24,
} as const;

/** Height of one lane: header, track and label rows. */
export const laneHeight = geometry.laneHeader + geometry.track + geometry.labelRow * geometry.labelRows + 4;
