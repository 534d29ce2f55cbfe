// The demo store a newcomer sees on first start: a small shop with a dozen products, specs,
// stock (one SKU sold out on purpose) and hashtags, a live room and posts (demo-content.ts).
import { sql } from 'drizzle-orm'
import { normalizeHashtags } from '../../src/domain/hashtags'
import type { Db } from '../db/client'
import { newId } from '../db/ids'
import { categories, productCategories, products, shippingRules, skus, stores } from '../db/schema'
import { seedDemoContent } from './demo-content'
import { demoImagePath } from './demo-images'

export const DEMO_STORE_ID = 'demo'
export const DEMO_PICKUP_ADDRESS = '云南省大理市古城人民路 1 号'
export const DEMO_MERCHANT_OPENID = 'demo-merchant'

interface DemoSku {
  specs: Record<string, string>
  price: number
  stock: number
}

interface DemoProduct {
  title: string
  description: string
  image: string
  hashtags: string[]
  skus: DemoSku[]
}

/** Every combination of the given specs, priced and stocked by the callback. */
function combos(
  specs: Record<string, string[]>,
  priceAndStock: (values: Record<string, string>, index: number) => [number, number],
): DemoSku[] {
  let rows: Array<Record<string, string>> = [{}]
  for (const [name, values] of Object.entries(specs)) {
    rows = rows.flatMap((row) => values.map((value) => ({ ...row, [name]: value })))
  }
  return rows.map((values, index) => {
    const [price, stock] = priceAndStock(values, index)
    return { specs: values, price, stock }
  })
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    title: '夏季碎花连衣裙',
    description: '轻薄雪纺面料，碎花印染，腰部松紧收身，夏天出门一件就好。',
    image: 'dress',
    hashtags: ['连衣裙', '夏日穿搭', 'OOTD'],
    // 蓝色 L sold out: the spec selector must grey it out.
    skus: combos({ 颜色: ['红色', '蓝色'], 尺码: ['S', 'M', 'L'] }, (v) => [
      v.尺码 === 'L' ? 15900 : 14900,
      v.颜色 === '蓝色' && v.尺码 === 'L' ? 0 : 20,
    ]),
  },
  {
    title: '手工陶瓷马克杯',
    description: '景德镇手工拉坯，釉色每只略有不同，容量 350ml。',
    image: 'mug',
    hashtags: ['手作', '家居'],
    skus: combos({ 颜色: ['月白', '天青'] }, () => [6800, 35]),
  },
  {
    title: '云南小粒咖啡豆 250g',
    description: '保山产区阿拉比卡，当周烘焙，坚果与焦糖风味。',
    image: 'beans',
    hashtags: ['咖啡', '云南好物'],
    skus: combos({ 烘焙: ['中度', '深度'], 研磨: ['咖啡豆', '粉（手冲）'] }, (_v, i) => [5900 + (i % 2) * 200, 50]),
  },
  {
    title: '草莓果酱',
    description: '丹东草莓低糖熬制，无添加防腐剂，开盖后请冷藏。',
    image: 'jar',
    hashtags: ['早餐', '零食'],
    skus: [
      { specs: { 规格: '220g' }, price: 2800, stock: 60 },
      { specs: { 规格: '500g' }, price: 5200, stock: 25 },
    ],
  },
  {
    title: '纯棉印花T恤',
    description: '新疆长绒棉，宽松版型，领口不易变形。',
    image: 'tshirt',
    hashtags: ['夏日穿搭', 'OOTD'],
    skus: combos({ 颜色: ['白色', '黑色'], 尺码: ['M', 'L', 'XL'] }, () => [7900, 30]),
  },
  {
    title: '竹编收纳篮',
    description: '安吉毛竹手工编织，放水果、零食、杂物都合适。',
    image: 'basket',
    hashtags: ['家居', '手作'],
    skus: combos({ 尺寸: ['小号', '大号'] }, (v) => [v.尺寸 === '小号' ? 3900 : 5900, 40]),
  },
  {
    title: '桂花乌龙茶',
    description: '武夷岩茶拼配金桂，花香清甜，冷泡热泡皆宜。',
    image: 'tea',
    hashtags: ['茶', '云南好物'],
    skus: [{ specs: {}, price: 4500, stock: 80 }],
  },
  {
    title: '手作香薰蜡烛',
    description: '大豆蜡与天然精油，燃烧约 40 小时。',
    image: 'candle',
    hashtags: ['手作', '礼物'],
    skus: combos({ 香型: ['白茶', '无花果', '雪松'] }, (_v, i) => [8800, i === 2 ? 0 : 18]),
  },
  {
    title: '亚麻帆布托特包',
    description: '厚实帆布，内置口袋，能装下 14 寸电脑。',
    image: 'bag',
    hashtags: ['OOTD', '礼物'],
    skus: combos({ 颜色: ['米白', '墨绿'] }, () => [9900, 22]),
  },
  {
    title: '有机小米 2.5kg',
    description: '山西沁州黄小米，当季新米，熬粥香浓。',
    image: 'grain',
    hashtags: ['早餐', '粮油'],
    skus: [{ specs: {}, price: 6900, stock: 100 }],
  },
  {
    title: '复古玻璃花瓶',
    description: '手工吹制气泡玻璃，插一枝花就很好看。',
    image: 'vase',
    hashtags: ['家居', '礼物'],
    skus: combos({ 款式: ['细口', '宽口'] }, (v) => [v.款式 === '细口' ? 5800 : 6800, 15]),
  },
  {
    title: '羊毛针织围巾',
    description: '内蒙古羊毛，亲肤不扎，秋冬百搭。',
    image: 'scarf',
    hashtags: ['礼物', 'OOTD'],
    skus: combos({ 颜色: ['燕麦', '酒红', '藏青'] }, () => [12800, 12]),
  },
]

/** The demo store's categories (分类 tab), in order, with the titles of their products. */
export const DEMO_CATEGORIES: Array<{ name: string; titles: string[] }> = [
  { name: '服饰', titles: ['夏季碎花连衣裙', '纯棉印花T恤', '羊毛针织围巾', '亚麻帆布托特包'] },
  { name: '家居', titles: ['手工陶瓷马克杯', '竹编收纳篮', '手作香薰蜡烛', '复古玻璃花瓶'] },
  { name: '食品', titles: ['云南小粒咖啡豆 250g', '草莓果酱', '桂花乌龙茶', '有机小米 2.5kg'] },
]

function normalized(tags: string[]): string[] {
  const result = normalizeHashtags(tags)
  if (!result.ok) throw new Error(`demo hashtags break the rules: ${tags.join(', ')}`)
  return result.tags
}

/** Seeds the demo store once; later starts find it and change nothing. */
export async function seedDemoStore(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(stores)
      .values({
        id: DEMO_STORE_ID,
        ownerOpenid: DEMO_MERCHANT_OPENID,
        name: '山野小店',
        intro: '一家卖手作与好物的小店，每周上新，同城可自提。',
        logo: demoImagePath('shop', 3),
        hashtags: normalized(['小店好物', '手作']),
        pickupAddress: DEMO_PICKUP_ADDRESS,
      })
      .onConflictDoNothing()
      .returning({ id: stores.id })
    if (inserted.length === 0) return false
    // The fee a store without rules charges, dearer far away, and pickup at the shop.
    await tx.insert(shippingRules).values({
      storeId: DEMO_STORE_ID,
      baseFee: 800,
      freeOver: 9900,
      regions: [{ provinces: ['新疆维吾尔自治区', '西藏自治区'], fee: 2000 }],
      pickupEnabled: true,
      pickupHours: '每天 10:00–20:00',
    })
    const idByTitle = new Map<string, string>()
    for (const [index, item] of DEMO_PRODUCTS.entries()) {
      const productId = newId()
      idByTitle.set(item.title, productId)
      await tx.insert(products).values({
        id: productId,
        storeId: DEMO_STORE_ID,
        title: item.title,
        description: item.description,
        images: [demoImagePath(item.image, index), demoImagePath(item.image, index + 3)],
        hashtags: normalized(item.hashtags),
        status: 'on_sale',
        // Spread creation times so "newest first" has a visible order.
        createdAt: sql`now() - make_interval(mins => ${DEMO_PRODUCTS.length - index})` as unknown as Date,
      })
      await tx.insert(skus).values(
        item.skus.map((sku, position) => ({ id: newId(), productId, position, ...sku })),
      )
    }
    for (const [position, category] of DEMO_CATEGORIES.entries()) {
      const categoryId = newId()
      await tx.insert(categories).values({ id: categoryId, storeId: DEMO_STORE_ID, name: category.name, position })
      await tx.insert(productCategories).values(
        category.titles.map((title, index) => {
          const productId = idByTitle.get(title)
          if (!productId) throw new Error(`demo category ${category.name} names an unknown product: ${title}`)
          return { categoryId, productId, position: index }
        }),
      )
    }
    await seedDemoContent(tx, DEMO_STORE_ID, idByTitle)
    return true
  })
}
