"""Rule-based extractors, one module per record field, each a registered pipeline component."""
