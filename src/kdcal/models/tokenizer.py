"""The students' Unigram subword tokenizer, trained on the training texts, and tokenisation (for
students and checkpoint teachers alike) that bounds the work a pathological text can cause."""

from __future__ import annotations

import json
from collections.abc import Sequence

from transformers import PreTrainedTokenizerFast

SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


def train_tokenizer(texts: Sequence[str], vocab_size: int) -> PreTrainedTokenizerFast:
    """A lower-casing Unigram (SentencePiece-style) subword tokenizer trained on ``texts``, with
    BERT's special tokens ([PAD] = 0, [UNK] = 1, [CLS] = 2, [SEP] = 3, [MASK] = 4) and
    ``[CLS] text [SEP]`` framing.

    Unigram, not WordPiece: the WordPiece trainer of ``tokenizers`` breaks ties between equally
    frequent merges in hash-map order, so two runs on the same texts give different vocabularies,
    and every result downstream differs. The Unigram trainer gives the same pieces in every run,
    up to float rounding of the scores (~1e-14) and the order of ids; both are canonicalised here
    (pieces in string order, scores rounded to 1e-9), so the tokenizer file is byte-reproducible.
    """

    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

    tokenizer = Tokenizer(models.Unigram())
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.UnigramTrainer(
        vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS), unk_token="[UNK]", show_progress=False
    )
    tokenizer.train_from_iterator(list(texts), trainer)
    scores = dict(map(tuple, json.loads(tokenizer.to_str())["model"]["vocab"]))
    pieces = list(SPECIAL_TOKENS) + sorted(set(scores) - set(SPECIAL_TOKENS))
    tokenizer.model = models.Unigram([(p, round(float(scores[p]), 9)) for p in pieces], unk_id=1, byte_fallback=False)
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


# A text longer than max_length * this many characters is cut before tokenizing (``tokenize``).
CHARS_PER_TOKEN_BOUND = 32


def tokenize(tokenizer, texts: Sequence[str], max_length: int) -> list[list[int]]:
    """Token ids per text, truncated to max_length (padding happens per batch).

    The tokenizer would turn a whole text into tokens before truncating it, so one huge cell (a
    pasted log of 200 MB) would take gigabytes. A text longer than max_length * 32 characters is
    therefore first cut at the last whitespace within them: words are tokenized independently, so
    the cut text's tokens are the whole text's first ones, and where it still fills max_length the
    result is the whole text's. Where it does not (tokens of more than 32 characters on average),
    the whole text is tokenized. A single word longer than the limit is cut inside it.
    """
    limit = max_length * CHARS_PER_TOKEN_BOUND
    cut = [_cut_at_whitespace(text, limit) for text in texts]
    ids = tokenizer(cut, truncation=True, max_length=max_length)["input_ids"]
    short = [i for i, (text, part) in enumerate(zip(texts, cut, strict=True)) if part is not text and len(ids[i]) < max_length]
    if short:
        full = tokenizer([texts[i] for i in short], truncation=True, max_length=max_length)["input_ids"]
        for i, row in zip(short, full, strict=True):
            ids[i] = row
    return ids


def _cut_at_whitespace(text: str, limit: int) -> str:
    """``text`` itself when it has at most ``limit`` characters, else its start up to the last
    whitespace within them (or the first ``limit`` characters when there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(c) for c in " \t\n\r")
    return head[:end] if end > 0 else head
