// Reads the two files kg ingest writes: the candidate batch (import format) and its review (sentences, reasons).

async function readJson(file) {
  try {
    return JSON.parse(await file.text());
  } catch (error) {
    throw new Error(`${file.name} is not JSON: ${error.message}`);
  }
}

export async function readCandidateFiles(files) {
  let batch = null;
  let review = null;
  for (const file of files) {
    const json = await readJson(file);
    if (json && Array.isArray(json.documents)) batch = json;
    else if (json && Array.isArray(json.sentences) && Array.isArray(json.records)) review = json;
    else throw new Error(`${file.name} is neither a candidate batch nor a review file`);
  }
  if (!batch || !review) throw new Error('pick both files: FILE.candidates.json and FILE.review.json');
  if (batch.documents.length !== 1 || typeof batch.documents[0].text !== 'string')
    throw new Error('the candidate batch must hold its one document with its text');
  if (review.document !== batch.documents[0].id)
    throw new Error(`the review is of ${review.document}, the batch of ${batch.documents[0].id}`);
  return { batch, review };
}
