// The console's line icons: one 24-unit grid, 1.6 stroke, round ends, the console red. SVG
// files shown with <Image> (WeChat's image component takes SVG; no percentages, no <style>).
import products from '../icons/products.svg'
import orders from '../icons/orders.svg'
import posts from '../icons/posts.svg'
import jielong from '../icons/jielong.svg'
import comments from '../icons/comments.svg'
import coupons from '../icons/coupons.svg'
import growth from '../icons/growth.svg'
import categories from '../icons/categories.svg'
import customers from '../icons/customers.svg'
import stats from '../icons/stats.svg'
import live from '../icons/live.svg'
import eligibility from '../icons/eligibility.svg'
import settings from '../icons/settings.svg'
import shipping from '../icons/shipping.svg'
import share from '../icons/share.svg'
import staff from '../icons/staff.svg'
import notifications from '../icons/notifications.svg'
import exportIcon from '../icons/export.svg'
import importIcon from '../icons/import.svg'

export const TILE_ICONS = {
  products,
  orders,
  posts,
  jielong,
  comments,
  coupons,
  growth,
  categories,
  customers,
  stats,
  live,
  eligibility,
  settings,
  shipping,
  share,
  staff,
  notifications,
  export: exportIcon,
  import: importIcon,
} as const satisfies Record<string, string>
