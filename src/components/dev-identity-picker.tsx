// weapp: WeChat supplies the identity (OPENID), so there is nothing to pick.
// The H5 build uses dev-identity-picker.h5.tsx instead.
export function DevIdentityPicker() {
  return null
}
