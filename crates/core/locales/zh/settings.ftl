# 保存前检查的设置（crates/core/src/settings.rs）。引号中的值按输入原样显示。
settings-shop-name-too-long = 店铺名称最多80个字符
settings-sync-out-of-range =
    { $minutes ->
       *[other] { $minutes }分钟
    }超出范围：请选择15分钟至24小时（1440）之间的值
settings-clipboard-not-offered =
    { $seconds ->
       *[other] { $seconds }秒
    }不是可选的值：请从{ $choices }秒中选择
settings-market-invalid = { $market }不是国家/地区：请使用两个字母的代码，如US或FR
settings-kinds-other = Bitrefill单独列出礼品卡、话费充值和eSIM；请从中选择
settings-forwarded-for-invalid = { $address }不是IP地址：请使用如203.0.113.7这样的地址，或留空
settings-forwarded-for-private = { $address }是内部私有网络中的地址，而Cryptorefills要求的是公网地址：请填写你的公网地址，或留空
settings-url-invalid = { $url }不是网址：请使用如https://api.example.com这样的地址

# Bitrefill Webhook（settings.rs，WebhookSettings）
settings-listen-invalid = { $listen }不是本地地址：请使用IP和端口，如127.0.0.1:8787
settings-public-url-invalid = { $url }不是公网https地址：Bitrefill会从互联网调用它，例如https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path }已损坏（{ $detail }）；请修复或删除该文件，以默认设置重新开始
