"""NLP: the spaCy model and the workbench's pipeline components, the parsed article every
extractor reads, the actor registry, the cue lexicons and the pairing of quotation marks."""
