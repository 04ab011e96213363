"""Reply templates: rendering with gaps, storage with one version per language, files."""
