// What a frontend developer does with the TypeScript client generated from Lede's spec (typescript-fetch): staff
// create, patch and publish an article; a reader lists and reads it (then gets a 304 with its ETag), posts a comment,
// edits it with its secret and deletes it. Arguments: the server's base URL and a staff token.
import {
  ArticlesApi,
  CommentsApi,
  Configuration,
  ResponseError,
  StaffArticlesApi,
  StaffCommentsApi,
  StaffPeopleAndTagsApi,
} from "../target/generated/typescript";

const [basePath, token] = process.argv.slice(2);
const run = String(Date.now() % 1_000_000);
const staffConfig = new Configuration({ basePath, accessToken: token });
const readerConfig = new Configuration({ basePath });

function say(operation: string, result: string): void {
  console.log(`typescript client: ${operation} -> ${result}`);
}

function check(holds: boolean, what: string): void {
  if (!holds) {
    throw new Error(`Expected: ${what}`);
  }
}

async function scenario(): Promise<void> {
  const directory = new StaffPeopleAndTagsApi(staffConfig);
  const author = (await directory.createPerson({ personInput: { name: `Inês Barros ${run}` } })).slug;
  const tag = (await directory.createTag({ tagInput: { name: `Waterfront ${run}` } })).slug;

  const staff = new StaffArticlesApi(staffConfig);
  const draft = await staff.createArticle({
    articleInput: {
      title: `Seawall consultation opens ${run}`,
      body: "Residents have six weeks to comment on the *seawall* plans.",
      authors: [author],
      tags: [tag],
    },
  });
  say("createArticle", `201 ${draft.slug} (${draft.status}, version ${draft.version})`);

  const patched = await staff.patchArticle({
    id: draft.slug,
    articlePatch: { dek: "Six weeks, two public meetings." },
  });
  check(patched.authors.length === 1 && patched.tags.length === 1, "a patch kept authors and tags");
  check(patched.title === draft.title, "a patch kept the title");
  say("patchArticle", `200 dek set; title, 1 author and 1 tag kept (version ${patched.version})`);

  const published = await staff.publishArticle({ id: draft.slug });
  say("publishArticle", `200 ${published.status}`);

  const articles = new ArticlesApi(readerConfig);
  const page = await articles.listArticles({ tag, limit: 10 });
  check(page.items.length === 1, "the list with the new tag holds the article");
  say("listArticles", `200 ${page.items.length} item tagged ${tag}`);

  const read = await articles.readArticleRaw({ slug: published.slug });
  const etag = read.raw.headers.get("ETag") ?? "";
  const article = await read.value();
  say("readArticle", `200 "${article.title}" ETag ${etag}`);
  try {
    await articles.readArticle({ slug: published.slug, ifNoneMatch: etag });
    throw new Error("If-None-Match with the current ETag answered 200");
  } catch (error) {
    check(error instanceof ResponseError && error.response.status === 304, "If-None-Match answers 304");
    say("readArticle If-None-Match", "304");
  }

  const comments = new CommentsApi(readerConfig);
  const posted = await comments.postComment({
    slug: published.slug,
    idempotencyKey: `ts-${run}`,
    newComment: {
      authorName: "Jo Pike",
      authorEmail: `jo-${run}@example.org`,
      body: "Will the consultation meetings be recorded for people who work evenings?",
    },
  });
  say("postComment", `201 id ${posted.id} ${posted.status}`);

  await new StaffCommentsApi(staffConfig).approveComment({ id: posted.id });
  const shown = await comments.readComment({ id: posted.id });
  say("readComment", `200 on ${shown.article} (where Location points)`);

  const edited = await comments.editComment({
    id: posted.id,
    xEditSecret: posted.editSecret,
    commentEdit: { body: "Will the consultation meetings be recorded for evening-shift workers?" },
  });
  say("editComment", `200 edited: ${edited.bodyHtml.trim()}`);

  await comments.deleteComment({ id: posted.id, xEditSecret: posted.editSecret });
  say("deleteComment", "204");

  console.log("typescript client: scenario passed");
}

scenario().catch(async (error: unknown) => {
  if (error instanceof ResponseError) {
    console.error(`typescript client: ${error.response.status} ${await error.response.text()}`);
  }
  console.error(error);
  process.exit(1);
});
