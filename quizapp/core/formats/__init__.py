"""Question file formats: parsers that turn files into questions and report problems."""
