import { and, eq } from 'drizzle-orm'
import { ERROR_CODES } from '../../src/domain/errors'
import { call, callOk, DATABASE_KIND, openTestDatabase, type CallOptions } from '../../tests/support/test-db'
import { addProduct, openStore } from '../../tests/support/fixtures'
import { databaseChecksum } from '../../tests/support/checksum'
import type { Database } from '../db/client'
import { comments, postLikes, posts } from '../db/schema'

const OWNER = 'post-owner'
const RIVAL = 'rival-owner'
const as = (openid: string | undefined): CallOptions => ({ openid })

describe(`store posts (${DATABASE_KIND})`, () => {
  let database: Database
  let storeId: string
  let rivalStore: string
  let productId: string
  let foreignProduct: string

  beforeAll(async () => {
    database = await openTestDatabase({ poolSize: 20 })
    storeId = (await openStore(database, { ownerOpenid: OWNER, name: '山野小店' })).storeId
    rivalStore = (await openStore(database, { ownerOpenid: RIVAL, name: '隔壁小铺' })).storeId
    productId = (await addProduct(database, storeId, { title: '粗陶杯' })).productId
    foreignProduct = (await addProduct(database, rivalStore, { title: '隔壁的货' })).productId
  })
  afterAll(() => database.close())

  function savePost(extra: Record<string, unknown> = {}, openid = OWNER) {
    return call(
      database,
      'merchant',
      'savePost',
      { storeId, kind: 'pictures', title: '工作室一角', images: ['/files/uploads/a.png', '/files/uploads/b.png'], ...extra },
      as(openid),
    )
  }
  async function publish(extra: Record<string, unknown> = {}) {
    const answer = await savePost(extra)
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body.error))
    return answer.body.data as any
  }
  async function postRow(postId: string) {
    const [row] = await database.db.select().from(posts).where(eq(posts.id, postId))
    return row
  }

  describe('merchant.savePost', () => {
    it('publishes each kind, with the store’s brand hashtags shown beside the post’s own', async () => {
      const pictures = await publish({ hashtags: ['#新品', 'OOTD'], productIds: [productId, productId] })
      expect(pictures).toMatchObject({
        storeId,
        kind: 'pictures',
        title: '工作室一角',
        body: '',
        videoUrl: '',
        images: ['/files/uploads/a.png', '/files/uploads/b.png'],
        hashtags: ['新品', 'ootd'],
        brandHashtags: ['小店'],
        productIds: [productId],
        likes: 0,
        comments: 0,
        liked: false,
        storeName: '山野小店',
      })
      const article = await publish({ kind: 'article', images: [], body: `# 上新\n今天到了一批杯子\n![](/files/uploads/c.png)\n[[商品:${productId}]]` })
      expect(article.kind).toBe('article')
      const video = await publish({ kind: 'video', images: [], videoUrl: 'https://video.example.com/a.mp4' })
      expect(video.videoUrl).toBe('https://video.example.com/a.mp4')
    })

    it('accepts 5 hashtags and refuses a sixth, changing nothing', async () => {
      const five = ['一', '二', '三', '四', '五']
      const post = await publish({ hashtags: five })
      expect(post.hashtags).toEqual(five)
      const before = await databaseChecksum(database.db)
      const sixth = await savePost({ postId: post.id, hashtags: [...five, '六'] })
      expect(sixth.status).toBe(400)
      expect(sixth.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      expect(JSON.stringify(sixth.body)).toContain('话题最多 5 个')
      const fresh = await savePost({ hashtags: [...five, '六'] })
      expect(fresh.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } })
      expect(await databaseChecksum(database.db)).toBe(before)
      expect((await postRow(post.id)).hashtags).toEqual(five)
      // Duplicates after normalising count once.
      expect((await publish({ hashtags: [...five, '＃五', ' 一 '] })).hashtags).toEqual(five)
    })

    it('edits a published post any number of times, and the topic lists follow', async () => {
      const post = await publish({ hashtags: ['新品'] })
      const topic = async (tag: string) => (await callOk(database, 'post', 'list', { hashtag: tag })).items.map((p: any) => p.id)
      expect(await topic('新品')).toContain(post.id)
      for (const [i, tags] of [['春装'], ['春装', '手作'], ['手作']].entries()) {
        const edited = (await savePost({ postId: post.id, title: `改第 ${i + 1} 次`, hashtags: tags })).body as any
        expect(edited.ok).toBe(true)
        expect(edited.data).toMatchObject({ id: post.id, title: `改第 ${i + 1} 次`, hashtags: tags, createdAt: post.createdAt })
      }
      expect(await topic('新品')).not.toContain(post.id)
      expect(await topic('春装')).not.toContain(post.id)
      expect(await topic('#手作')).toContain(post.id)
      expect((await callOk(database, 'post', 'get', { postId: post.id })).title).toBe('改第 3 次')
    })

    it('refuses bad input with a code and changes nothing', async () => {
      const post = await publish()
      const bad: Array<[Record<string, unknown>, string, string?]> = [
        [{ kind: 'poem' }, 'VALIDATION_FAILED'],
        [{ title: '' }, 'VALIDATION_FAILED'],
        [{ title: '标题\u0000' }, 'VALIDATION_FAILED'],
        [{ images: [] }, 'VALIDATION_FAILED'],
        [{ images: Array(10).fill('/files/uploads/a.png') }, 'VALIDATION_FAILED'],
        [{ images: ['javascript:alert(1)'] }, 'VALIDATION_FAILED'],
        [{ kind: 'video', images: [] }, 'VALIDATION_FAILED'],
        [{ kind: 'video', videoUrl: 'http://insecure.example/a.mp4' }, 'VALIDATION_FAILED'],
        [{ kind: 'article', body: '' }, 'VALIDATION_FAILED'],
        [{ kind: 'article', body: '![](data:text/html,<b>x</b>)' }, 'VALIDATION_FAILED'],
        [{ kind: 'article', body: `[[商品:${foreignProduct}]]` }, 'VALIDATION_FAILED'],
        [{ productIds: [foreignProduct] }, 'VALIDATION_FAILED'],
        [{ productIds: ['nope'] }, 'VALIDATION_FAILED'],
        [{ html: '<p>x</p>' }, 'VALIDATION_FAILED'],
        [{ postId: 'missing' }, 'NOT_FOUND'],
        [{ title: '赌博上新' }, 'CONTENT_RISKY'],
        [{ storeId: rivalStore }, 'FORBIDDEN'],
        [{ storeId: 'nostore' }, 'NOT_FOUND'],
      ]
      for (const [patch, code] of bad) {
        const before = await databaseChecksum(database.db)
        const answer = await savePost({ postId: post.id, ...patch })
        expect([JSON.stringify(patch), answer.body.ok ? 'ok' : answer.body.error.code]).toEqual([JSON.stringify(patch), code])
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(await databaseChecksum(database.db)).toBe(before)
      }
      const anonymous = await call(database, 'merchant', 'savePost', { storeId, kind: 'pictures', title: 'x', images: ['/files/uploads/a.png'] })
      expect(anonymous.body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    })

    it('refuses bad input to every post action with a code of the contract', async () => {
      const post = await publish()
      const cases: Array<[string, string, unknown]> = [
        ['post', 'list', { hashtag: '' }],
        ['post', 'list', { cursor: '!!' }],
        ['post', 'list', { limit: 0 }],
        ['post', 'get', { postId: 'x'.repeat(65) }],
        ['post', 'get', { postId: 'missing' }],
        ['post', 'like', { postId: 'missing' }],
        ['post', 'comment', { postId: post.id, text: '   ' }],
        ['post', 'comment', { postId: post.id, text: 'x'.repeat(201) }],
        ['post', 'comment', { postId: post.id, text: 'a\u0000b' }],
        ['post', 'listComments', { postId: post.id, extra: 1 }],
        ['post', 'deleteComment', { commentId: '' }],
        ['merchant', 'deletePost', { storeId, postId: 'missing' }],
        ['merchant', 'deletePost', { storeId: rivalStore, postId: post.id }],
      ]
      for (const [fn, action, data] of cases) {
        const before = await databaseChecksum(database.db)
        const answer = await call(database, fn, action, data, as('shopper-x'))
        expect(answer.body.ok).toBe(false)
        if (!answer.body.ok) expect(ERROR_CODES).toContain(answer.body.error.code)
        expect(answer.status).toBeGreaterThanOrEqual(400)
        expect(answer.status).toBeLessThan(500)
        expect(await databaseChecksum(database.db)).toBe(before)
      }
    })
  })

  describe('post.list and post.get', () => {
    it('pages a store’s posts newest first; a deleted post is gone', async () => {
      const store = (await openStore(database, { ownerOpenid: 'pager', name: '翻页小店' })).storeId
      const ids: string[] = []
      for (let i = 0; i < 5; i++) {
        ids.push((await callOk(database, 'merchant', 'savePost', { storeId: store, kind: 'article', title: `第 ${i} 篇`, body: '正文' }, as('pager'))).id)
      }
      const first = await callOk(database, 'post', 'list', { storeId: store, limit: 2 })
      const second = await callOk(database, 'post', 'list', { storeId: store, limit: 2, cursor: first.nextCursor })
      const third = await callOk(database, 'post', 'list', { storeId: store, limit: 2, cursor: second.nextCursor })
      expect([...first.items, ...second.items, ...third.items].map((p: any) => p.id)).toEqual([...ids].reverse())
      expect(third.nextCursor).toBeNull()

      expect(await callOk(database, 'merchant', 'deletePost', { storeId: store, postId: ids[4] }, as('pager'))).toEqual({ deleted: true })
      expect(await callOk(database, 'merchant', 'deletePost', { storeId: store, postId: ids[4] }, as('pager'))).toEqual({ deleted: true })
      expect((await call(database, 'post', 'get', { postId: ids[4] })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect((await callOk(database, 'post', 'list', { storeId: store })).items.map((p: any) => p.id)).not.toContain(ids[4])
      // Another owner cannot delete it.
      const foreign = await call(database, 'merchant', 'deletePost', { storeId: store, postId: ids[3] }, as(RIVAL))
      expect(foreign.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect((await callOk(database, 'post', 'get', { postId: ids[3] })).id).toBe(ids[3])
    })
  })

  describe('comments and moderation', () => {
    it('publishes passing text, holds review text for its author, refuses risky text', async () => {
      const post = await publish()
      const ok = await callOk(database, 'post', 'comment', { postId: post.id, text: ' 好看！ ' }, as('fan'))
      expect(ok).toMatchObject({ postId: post.id, text: '好看！', status: 'visible', mine: true })
      const held = await callOk(database, 'post', 'comment', { postId: post.id, text: '加微信买更便宜' }, as('spammer'))
      expect(held.status).toBe('held')
      const risky = await call(database, 'post', 'comment', { postId: post.id, text: '赌博' }, as('fan'))
      expect(risky.body).toMatchObject({ ok: false, error: { code: 'CONTENT_RISKY' } })
      expect((await call(database, 'post', 'comment', { postId: post.id, text: 'hi' })).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })

      const anonymous = await callOk(database, 'post', 'listComments', { postId: post.id })
      expect(anonymous.items.map((c: any) => c.text)).toEqual(['好看！'])
      const spammer = await callOk(database, 'post', 'listComments', { postId: post.id }, as('spammer'))
      expect(spammer.items.map((c: any) => [c.text, c.status])).toEqual([
        ['加微信买更便宜', 'held'],
        ['好看！', 'visible'],
      ])
      expect((await callOk(database, 'post', 'get', { postId: post.id })).comments).toBe(1)
    })

    it('lets the owner delete any comment on their posts, no other owner, and authors only their own', async () => {
      const post = await publish()
      const a = await callOk(database, 'post', 'comment', { postId: post.id, text: '第一条' }, as('fan-a'))
      const b = await callOk(database, 'post', 'comment', { postId: post.id, text: '第二条' }, as('fan-b'))
      const c = await callOk(database, 'post', 'comment', { postId: post.id, text: '第三条' }, as('fan-c'))
      const texts = async (openid?: string) => (await callOk(database, 'post', 'listComments', { postId: post.id }, as(openid))).items.map((x: any) => x.text)

      // Another store's owner: neither through their own store nor through ours.
      const viaOwnStore = await call(database, 'merchant', 'deleteComment', { storeId: rivalStore, commentId: a.id }, as(RIVAL))
      expect(viaOwnStore.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      const viaOurs = await call(database, 'merchant', 'deleteComment', { storeId, commentId: a.id }, as(RIVAL))
      expect(viaOurs.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      // A shopper cannot delete another shopper's comment, nor use the merchant action.
      const other = await call(database, 'post', 'deleteComment', { commentId: a.id }, as('fan-b'))
      expect(other.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      const shopperAsMerchant = await call(database, 'merchant', 'deleteComment', { storeId, commentId: a.id }, as('fan-b'))
      expect(shopperAsMerchant.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await texts()).toEqual(['第三条', '第二条', '第一条'])

      // The owner deletes any of them; gone for everyone, its author included, at once.
      expect(await callOk(database, 'merchant', 'deleteComment', { storeId, commentId: a.id }, as(OWNER))).toEqual({ deleted: true })
      expect(await texts()).toEqual(['第三条', '第二条'])
      expect(await texts('fan-a')).toEqual(['第三条', '第二条'])
      // The author deletes their own; twice is harmless.
      expect(await callOk(database, 'post', 'deleteComment', { commentId: b.id }, as('fan-b'))).toEqual({ deleted: true })
      expect(await callOk(database, 'post', 'deleteComment', { commentId: b.id }, as('fan-b'))).toEqual({ deleted: true })
      expect(await texts()).toEqual(['第三条'])
      expect((await callOk(database, 'post', 'get', { postId: post.id })).comments).toBe(1)
      // The merchant's moderation list shows post comments too.
      const listed = await callOk(database, 'merchant', 'listComments', { storeId, kind: 'post' }, as(OWNER))
      expect(listed.items.map((x: any) => x.id)).toContain(c.id)
      expect(listed.items.find((x: any) => x.id === c.id)).toMatchObject({ kind: 'post', targetId: post.id, targetTitle: post.title })
      const [row] = await database.db.select().from(comments).where(and(eq(comments.id, a.id), eq(comments.kind, 'post')))
      expect(row).toMatchObject({ status: 'deleted', deletedBy: OWNER })
    })
  })

  describe('post.like', () => {
    it('counts one like per shopper; a repeat changes nothing', async () => {
      const post = await publish()
      expect(await callOk(database, 'post', 'like', { postId: post.id }, as('liker'))).toMatchObject({ likes: 1, liked: true })
      expect(await callOk(database, 'post', 'like', { postId: post.id }, as('liker'))).toMatchObject({ likes: 1, liked: true })
      expect(await callOk(database, 'post', 'get', { postId: post.id }, as('liker'))).toMatchObject({ likes: 1, liked: true })
      expect(await callOk(database, 'post', 'get', { postId: post.id }, as('someone'))).toMatchObject({ likes: 1, liked: false })
      expect((await call(database, 'post', 'like', { postId: post.id })).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    })

    // Real parallelism needs PostgreSQL; PGlite runs one statement at a time, so there the
    // same likes run in sequence.
    const concurrent = DATABASE_KIND === 'PostgreSQL'
    it(`keeps the count exact under 50 ${concurrent ? 'concurrent' : 'sequential'} likes from different shoppers`, async () => {
      const post = await publish()
      const tasks = Array.from({ length: 50 }, (_, i) => () => call(database, 'post', 'like', { postId: post.id }, as(`fan-${i}`)))
      const answers = concurrent
        ? await Promise.all(tasks.map((t) => t()))
        : await tasks.reduce<Promise<any[]>>(async (done, t) => [...(await done), await t()], Promise.resolve([]))
      expect(answers.filter((a) => a.body.ok)).toHaveLength(50)
      expect((await postRow(post.id)).likes).toBe(50)
      const likeRows = await database.db.select().from(postLikes).where(eq(postLikes.postId, post.id))
      expect(likeRows).toHaveLength(50)
      // Each shopper liking again (some at once) still leaves 50.
      await Promise.all(tasks.slice(0, 10).map((t) => t()))
      expect((await callOk(database, 'post', 'get', { postId: post.id })).likes).toBe(50)
    })
  })
})
