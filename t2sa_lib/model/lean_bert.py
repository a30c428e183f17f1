"""The e5 encoder's forward for inference, as plain tensor operations: same arithmetic, less time.

For one short sentence on a CPU, much of a transformers ``BertModel`` call is
not arithmetic: nested module calls, mask preparation and output containers
cost about a third of the forward, and importing and building the model class costs ~3 s of every command-line
call. :class:`LeanBert` runs the same computation over the encoder's tensors
(read straight from the converted ``model.safetensors``, or taken from a
``BertModel``), with the query/key/value projections fused into one matrix
product. Its outputs equal the ``BertModel``'s (with transformers' default "sdpa"
attention, as :func:`~t2sa_lib.model.encoder.load_encoder` loads it) under the
matching autocast bit for bit, prepacking (below) aside; tests check float32,
bfloat16 and float16.

On a CPU the weights are also reordered once into oneDNN's blocked layout
(torch's ``mkldnn._reorder_linear_weight`` and ``mkldnn._linear_pointwise``, the
operators ``torch.compile``'s weight freezing uses). In bf16 (where oneDNN computes
it) that is the kernel ``F.linear`` reaches anyway, without reordering the weight on
every call; the bits stay ``F.linear``'s except where oneDNN blocks a reduction
differently (the 1536-wide output projection for some token counts), which moves
predictions by bf16 rounding. In float32 ``F.linear`` goes to MKL instead, which on
the AMD EPYC measured reaches half oneDNN's speed for one sentence's few token rows;
the outputs differ from MKL's by float32 rounding (predictions by < 1e-4).
Measurements: ``docs/performance.md``.

Training runs the ``BertModel`` itself; a LeanBert holds fixed tensors.
"""
from __future__ import annotations

from collections.abc import Mapping

import torch
import torch.nn.functional as F


class LeanBert:
    """Last hidden states of a post-LayerNorm BERT encoder, for inference only.

    Parameters
    ----------
    weights : mapping of str to Tensor
        Every encoder tensor under transformers ``BertModel`` names
        (``embeddings.word_embeddings.weight``,
        ``encoder.layer.0.attention.self.query.weight``, ...), all on one device.
    config : mapping
        The encoder's ``config.json`` fields: ``hidden_size``, ``num_hidden_layers``,
        ``num_attention_heads``, ``layer_norm_eps``, ``hidden_act`` (must be ``gelu``).
    dtype : torch.dtype
        The dtype of the matrix products and attention: ``torch.float32``, or the
        autocast dtype the caller would otherwise run the ``BertModel`` under
        (``bfloat16`` on a CPU, ``float16`` on CUDA). Embeddings, LayerNorm and the
        residual stream stay float32, as under autocast. On a CPU where oneDNN
        computes ``dtype`` (:func:`onednn_prepacks`) the weights are prepacked
        (``prepacked`` is then True).
    """

    def __init__(self, weights: Mapping[str, torch.Tensor], config: Mapping,
                 dtype: torch.dtype = torch.float32):
        if config["hidden_act"] != "gelu":
            raise ValueError(f"LeanBert implements the exact GELU, not {config['hidden_act']!r}")
        self.hidden_size = int(config["hidden_size"])
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.dtype = dtype
        w = {k: v.detach() for k, v in weights.items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.prepacked = self.word.device.type == "cpu" and onednn_prepacks(dtype)
        self.linear = _prepacked_linear if self.prepacked else F.linear
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.embed_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])

        def linear(*names):
            weight, bias = [w[f"{n}.weight"] for n in names], [w[f"{n}.bias"] for n in names]
            if len(names) > 1:          # one fused product
                weight, bias = [torch.cat(weight)], [torch.cat(bias)]
            # .to() copies only where the dtype changes
            weight, bias = weight[0].to(dtype), bias[0].to(dtype)
            if self.prepacked:
                weight = torch.ops.mkldnn._reorder_linear_weight(weight)
            return weight, bias

        def norm(name):
            return w[f"{name}.weight"], w[f"{name}.bias"]

        self.layers = []
        for i in range(int(config["num_hidden_layers"])):
            p = f"encoder.layer.{i}."
            self.layers.append((
                linear(p + "attention.self.query", p + "attention.self.key",
                       p + "attention.self.value"),
                linear(p + "attention.output.dense"), norm(p + "attention.output.LayerNorm"),
                linear(p + "intermediate.dense"), linear(p + "output.dense"),
                norm(p + "output.LayerNorm")))

    @classmethod
    def from_bert(cls, bert, dtype: torch.dtype = torch.float32) -> "LeanBert":
        """A LeanBert over a transformers ``BertModel``'s current tensors."""
        return cls(dict(bert.named_parameters()), bert.config.to_dict(), dtype)

    def __call__(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Last hidden states, float32 ``(batch, tokens, hidden)``; call under ``inference_mode``.

        ``attention_mask`` is 1 for tokens, 0 for right padding.
        """
        b, n = input_ids.shape
        # transformers' order of additions: float sums depend on it
        x = self.word[input_ids] + self.token_type + self.position[:n]
        x = F.layer_norm(x, x.shape[-1:], *self.embed_norm, self.eps)
        # Like transformers, no mask at all when nothing is padded (a faster kernel).
        mask = None if bool(attention_mask.all()) else attention_mask[:, None, None, :].bool()
        h = self.heads
        d = x.shape[-1] // h
        for qkv_lin, out_lin, norm1, up_lin, down_lin, norm2 in self.layers:
            qkv = self.linear(x.to(self.dtype), *qkv_lin).view(b, n, 3, h, d).permute(2, 0, 3, 1, 4)
            a = F.scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], attn_mask=mask,
                                               scale=d ** -0.5)
            a = a.transpose(1, 2).reshape(b, n, h * d)
            x = F.layer_norm(self.linear(a, *out_lin) + x, x.shape[-1:], *norm1, self.eps)
            up = F.gelu(self.linear(x.to(self.dtype), *up_lin))
            x = F.layer_norm(self.linear(up, *down_lin) + x, x.shape[-1:], *norm2, self.eps)
        return x


def onednn_bf16_available() -> bool:
    """Whether this torch build's oneDNN computes bf16 here (the check ``F.linear`` makes)."""
    try:
        return bool(torch.backends.mkldnn.is_available()
                    and torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):      # operator missing from this build
        return False


def onednn_prepacks(dtype: torch.dtype) -> bool:
    """Whether a CPU LeanBert of ``dtype`` prepacks its weights for oneDNN here.

    float32 wherever torch has oneDNN; bfloat16 where oneDNN computes it natively.
    """
    if dtype == torch.float32:
        return torch.backends.mkldnn.is_available()
    return dtype == torch.bfloat16 and onednn_bf16_available()


def _prepacked_linear(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
    """``F.linear`` over a weight from ``mkldnn._reorder_linear_weight``."""
    return torch.ops.mkldnn._linear_pointwise(x, weight, bias, "none", [], "")
