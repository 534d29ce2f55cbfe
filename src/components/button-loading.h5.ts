// H5 only: the local spinner for Taro's loading buttons (see the stylesheet).
import './button-loading.css'
