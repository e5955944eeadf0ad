import { registerMessages } from '../i18n';

export const NS = 'auth';

const zh = {
  signIn: {
    heading: '登录',
    intro: '本系统含有企业经营数据与招商目标清单，仅限授权人员使用。',
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录…',
    failed: '用户名或密码错误',
    limited: '登录尝试过多，请稍后再试',
    required: '请输入用户名和密码',
  },
  roles: {
    VIEWER: '研究人员（只读）',
    ANALYST: '招商人员',
    EDITOR: '集群专班（编辑）',
    ADMIN: '管理员',
  },
  menu: {
    label: '用户菜单',
    changePassword: '修改密码',
    signOut: '退出登录',
    admin: '系统管理',
  },
  password: {
    heading: '修改密码',
    current: '当前密码',
    next: '新密码（10–128 个字符）',
    confirm: '再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    save: '保存',
    cancel: '取消',
    done: '密码已修改，其他设备上的登录已失效',
  },
  sessionEnded: '登录已失效，请重新登录',
  loadFailed: '无法确认登录状态',
};

const en: typeof zh = {
  signIn: {
    heading: 'Sign in',
    intro: 'This system holds business data of firms and investment target lists: authorised staff only.',
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failed: 'Wrong user name or password',
    limited: 'Too many sign-in attempts: try again later',
    required: 'Enter your user name and password',
  },
  roles: {
    VIEWER: 'Viewer (read only)',
    ANALYST: 'Analyst (investment)',
    EDITOR: 'Editor (cluster manager)',
    ADMIN: 'Administrator',
  },
  menu: {
    label: 'User menu',
    changePassword: 'Change password',
    signOut: 'Sign out',
    admin: 'Administration',
  },
  password: {
    heading: 'Change password',
    current: 'Current password',
    next: 'New password (10–128 characters)',
    confirm: 'New password again',
    mismatch: 'The two new passwords differ',
    save: 'Save',
    cancel: 'Cancel',
    done: 'Password changed; sessions on other devices were ended',
  },
  sessionEnded: 'Your session ended: please sign in again',
  loadFailed: 'Could not check the sign-in',
};

registerMessages(NS, { zh, en });
