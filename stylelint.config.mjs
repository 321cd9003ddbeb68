/**
 * Stylelint for the site's hand-written stylesheet (static/css/), served as it is (no build step).
 *
 * stylelint-config-standard, tuned to the sheet's deliberate style: short rules on one line,
 * grouped by component without blank lines; BEM class names (`block__element--modifier`); a
 * type scale with negative steps (`--step--1`); media queries in `min-width` form.
 */
const kebab = "[a-z][a-z0-9]*(?:-[a-z0-9]+)*";

export default {
    extends: ["stylelint-config-standard"],
    rules: {
        "declaration-block-single-line-max-declarations": null,
        "rule-empty-line-before": null,
        "at-rule-empty-line-before": null,
        "comment-empty-line-before": null,
        "custom-property-empty-line-before": null,
        "selector-class-pattern": [
            `^${kebab}(?:__${kebab})?(?:--[a-z0-9]+(?:-[a-z0-9]+)*)?$`,
            { message: (name) => `Expected class "${name}" to be BEM in kebab-case (block__element--modifier)` },
        ],
        "custom-property-pattern": [
            `^${kebab}(?:--[0-9]+)?$`,
            { message: (name) => `Expected custom property "${name}" to be kebab-case (a negative step as --step--1)` },
        ],
        "media-feature-range-notation": "prefix",
        // Each component's rules stay together; an earlier, more specific selector of another
        // component styles other elements.
        "no-descending-specificity": null,
        "value-keyword-case": ["lower", { camelCaseSvgKeywords: true, ignoreProperties: [/^--font-/], ignoreKeywords: ["A4"] }],
        // Safari (iOS included) knows only the prefixed property.
        "property-no-vendor-prefix": [true, { ignoreProperties: ["-webkit-text-size-adjust"] }],
    },
};
