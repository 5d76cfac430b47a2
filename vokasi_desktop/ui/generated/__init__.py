"""Code generated from forms/*.ui: do not edit."""
