/**
 * A parameter's type in a reference page's definition list ("matriz de inteiros", "an integer,
 * ID of the figure to export."): a noun phrase with no verb. A newer English page reworded it,
 * so the aligner left both sides unpaired side by side; the description is there in both.
 */
const TYPE_PT = /^(?:(?:um|uma)\s+)?(?:matriz|matrizes|vetor|vetores|escalar|escalares|inteiro|inteiros|booleano|caractere|string|strings|lista|real|reais|número|números|função|handle|cadeia|estrutura|polinômio)(?=[\s,.;:(]|$)/iu;
const TYPE_EN = /^(?:(?:a|an)\s+)?(?:(?:single|real|positive|negative|integer|boolean|complex|character|string|double|row|column|square|1-by-1|\d+x\d+|optional|scalar|vector|matrix)(?:\s*,)?\s+(?:or\s+)?)*(?:matrix|matrices|vector|vectors|scalar|integer|boolean|character|string|strings|list|function|handle|array|number|structure|polynomial)(?=[\s,.;:(]|$)/iu;
const VERB_PT = /(?:^|\s)(?:é|são|foi|será|serão|pode|podem|deve|devem|tem|têm|está|estão|retorna|contém)(?=[\s,.]|$)/u;
const VERB_EN = /(?<![\p{L}\p{N}])(?:is|are|was|were|will|can|may|must|should|has|have|does|do|returns|contains)(?![\p{L}\p{N}])/u;
const MAX_TYPE_WORDS = 20;
export const isTypeDescription = (text: string, side: "pt" | "en"): boolean =>
  (text.match(/\S+/gu)?.length ?? 0) <= MAX_TYPE_WORDS &&
  (side === "pt" ? TYPE_PT.test(text) && !VERB_PT.test(text) : TYPE_EN.test(text) && !VERB_EN.test(text));
