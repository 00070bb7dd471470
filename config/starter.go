package config

// Starter is the configuration `factdiff init` writes: every setting with
// its default, and what each means, so an editor can change one line.
const Starter = `# factdiff configuration. factdiff uses the file named by --config, else
# $FACTDIFF_CONFIG, else the first .factdiff.yaml from the working directory
# up, else factdiff/config.yaml in your user configuration directory;
# --no-config ignores them all. An unknown key or a bad value is an error.

# Rule severities: error, warning or info, or off to turn a rule off.
# "factdiff rules" lists the rules and their defaults.
rules:
  # misquote: warning
  # dangling-number: off

# How far a figure may stray beyond its own rounding and still agree.
tolerance:
  points: 0.05   # percentage points, on vote shares, margins and turnout
  percent: 0.5   # percent of the official figure, on vote counts

# The race sheet with the official results, relative to this file:
# candidates, their names and aliases, and each contest's results.
# race: race.yaml

# Which articles are about one race, and so are checked against each other.
# By default the articles in one directory are one race ("by: directory");
# "by: front-matter" uses the "race:" of each article's front matter.
# Named groups come first: a file goes to the first whose globs match it
# (relative to this file; ** matches any number of directories).
groups:
  by: directory
  # races:
  #   - name: mayor-2023
  #     files: ["metro/mayor/**/*.md", "wire/mayor-*.txt"]
`
