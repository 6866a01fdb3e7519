"""Text utilities shared by every extractor: Arabic normalisation, tokens, sentences."""
