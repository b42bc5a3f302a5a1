/** The id of the `<script type="application/json">` element that holds the published plan. */
export const PLAN_ELEMENT_ID = 'changemap-plan';
