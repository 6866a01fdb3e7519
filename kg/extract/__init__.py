"""Rule and gazetteer extractors: places from offline gazetteers, people and
organizations from cue words.  They run beside the trained NER model
(:mod:`kg.ner`) as features and as a second opinion; :func:`kg.extract.merge.merge`
decides between overlapping mentions.
"""
