/** A small bilingual text with an obvious machine-translation mistake ("noé smith"). */
export const SAMPLE_PT = [
  "O economista noé smith escreveu sobre a IA. Ele acha que os modelos vão melhorar.",
  "",
  "A OpenAI lançou um novo modelo. O preço caiu pela metade.",
].join("\n");

export const SAMPLE_EN = [
  "The economist Noah Smith wrote about AI. He thinks the models will get better.",
  "",
  "OpenAI released a new model. The price fell by half.",
].join("\n");
