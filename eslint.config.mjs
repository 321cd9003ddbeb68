// ESLint for the site's hand-written scripts (static/js/): plain browser scripts, served as they
// are (no build step, no modules), each wrapped in its own function so nothing leaks to `window`.
import js from "@eslint/js";
import globals from "globals";

export default [
    { ignores: [".venv/", "node_modules/", "staticfiles/", "media/"] },
    js.configs.recommended,
    {
        files: ["static/js/**/*.js"],
        languageOptions: {
            sourceType: "script",
            globals: globals.browser,
        },
        rules: {
            eqeqeq: "error",
            "no-implicit-globals": "error",
            strict: ["error", "function"],
        },
    },
    {
        files: ["eslint.config.mjs", "stylelint.config.mjs"],
        languageOptions: { sourceType: "module", globals: globals.node },
    },
];
