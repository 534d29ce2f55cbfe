// H5: the product's photos in a row that snaps one photo at a time (CSS scroll snap). Taro's
// Swiper brings swiper.js (~44 KB gzip and ~90 ms of script on a mid-range phone) to the page a
// shared link opens first; the browser's own scrolling does the same job.
import { Image, View } from '@tarojs/components'
import { useState } from 'react'
import './gallery.h5.css'

export function Gallery({ images, title }: { images: readonly string[]; title: string }) {
  const [current, setCurrent] = useState(0)
  const onScroll = (event: { currentTarget: HTMLDivElement }) => {
    const track = event.currentTarget
    if (track.clientWidth > 0) setCurrent(Math.round(track.scrollLeft / track.clientWidth))
  }
  return (
    <View className='product__gallery gallery'>
      {/* A plain element: Taro's View does not pass onScroll through. */}
      <div className='gallery__track' onScroll={onScroll}>
        {images.map((src, index) => (
          <View key={src} className='gallery__slide'>
            <Image
              className='product__image'
              src={src}
              mode='aspectFill'
              // The later photos load as they scroll into view.
              imgProps={{ alt: title, fetchPriority: index === 0 ? 'high' : 'auto', loading: index === 0 ? 'eager' : 'lazy' }}
            />
          </View>
        ))}
      </div>
      {images.length > 1 ? (
        <View className='gallery__dots' aria-hidden='true'>
          {images.map((src, index) => (
            <View key={src} className={index === current ? 'gallery__dot gallery__dot--active' : 'gallery__dot'} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
