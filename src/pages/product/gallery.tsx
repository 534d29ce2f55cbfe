// The product's photos, one per slide. Taro picks gallery.h5.tsx for the H5 build.
import { Image, Swiper, SwiperItem } from '@tarojs/components'

export function Gallery({ images, title }: { images: readonly string[]; title: string }) {
  return (
    <Swiper className='product__gallery' indicatorDots={images.length > 1} circular>
      {images.map((src, index) => (
        <SwiperItem key={src}>
          <Image className='product__image' src={src} mode='aspectFill' imgProps={{ alt: title, fetchPriority: index === 0 ? 'high' : 'auto' }} />
        </SwiperItem>
      ))}
    </Swiper>
  )
}
