# 经销商的工作台（crates/core/src/desk/）。消息ID固定不变，措辞可以改进。

# 销售的价格、汇率和货币（desk/mod.rs）
desk-not-a-number = “{ $text }”不是数字；请写成25或12.50这样的格式
desk-cannot-be-negative = 不能为负数
desk-must-be-above-zero = 必须大于零
desk-currency-code = 请填写货币代码，如EUR、USD或USDC

# 客户簿（desk/customers.rs）
desk-customer-name-required = 客户必须有名称（最多200个字符）
desk-customer-email-invalid = “{ $email }”不是有效的邮箱地址，正确格式如customer@example.com
desk-customer-phone-invalid = 电话号码须为国际格式，如+14155551234：{ $reason }
desk-customer-exists = { $name }已在客户簿中
desk-customer-unknown = 客户簿中没有客户{ $id }

# 销售报表和账目（desk/sales.rs）；汇率是把成本换算成销售所用货币的方式
desk-sales-group-by = 可按日、周、月、品牌、供应商或客户分组
desk-sales-day-format = 日期格式为YYYY-MM-DD，如2026-12-03（当前为“{ $day }”）
desk-sales-provider-price = 供应商价格
desk-sales-rate = { $rate }/{ $currency }

# 兑换券上的店铺标志（desk/shop_logo.rs）
desk-logo-too-large = 标志文件最大5 MB；请选择更小的图片
desk-logo-not-image = 标志必须是PNG、JPEG或WebP图片

# 从电子表格批量下单：文件（desk/bulk/sheet.rs）
desk-bulk-not-csv = 该文件不是CSV电子表格：{ $detail }
desk-bulk-column-twice = 列“{ $header }”出现了两次
desk-bulk-column-unknown = 未知的列“{ $header }”；可用的列为：{ $columns }
desk-bulk-columns-header = 第一行必须是列名，且至少包含“product”：{ $columns }
desk-bulk-unreadable = 无法读取该文件：{ $detail }
desk-bulk-too-many-rows = 一个批量订单最多{ $max }行；请将文件拆分为两个
desk-bulk-no-rows = 该文件在表头下方没有任何行

# 批量订单：逐行检查（desk/bulk/check.rs）
desk-bulk-stray-cells =
    该行比表头多出{ $count ->
       *[other] { $count }个单元格
    }；是否在逗号分隔的文件中使用了小数逗号？请写成12.50，或给该值加上引号
desk-bulk-product-missing = 每一行都须填写商品ID，与商品目录或`giftdesk search`显示的一致
desk-bulk-quantity-invalid = “{ $text }”不是有效的商品数量，请填写整数，如1或10
desk-bulk-customer-no-email = 客户簿中没有{ $customer }的邮箱；请在该行中填写收件人
desk-bulk-customer-no-phone = 客户簿中没有{ $customer }的电话号码；请在该行中填写收件人
desk-bulk-recipient-missing = 请填写收件人（邮箱，或充值时使用+E164格式的电话号码），或填写客户簿中有相应信息的客户
desk-bulk-provider-unknown = “{ $named }”不是供应商；请填写bitrefill或cryptorefills
desk-bulk-product-unknown = 所有商品目录中都没有商品“{ $product }”；请同步商品目录或检查商品ID
desk-bulk-product-ambiguous = 两个供应商都销售“{ $product }”；请在provider列中指明

# 批量订单：购买一个批次（desk/bulk/mod.rs、run.rs、batches.rs）
desk-bulk-nothing-to-buy = 文件中没有可购买的行；请修正预览中指出的行
desk-bulk-payment-missing = 请指定{ $provider }各行的付款方式
desk-bulk-no-payment = 该批次没有指定{ $provider }的付款方式
desk-bulk-no-import = 没有批量导入{ $batch }

# 兑换券：选择要生成的内容（desk/voucher/mod.rs）；说明会写入采购的审计记录
desk-voucher-none-chosen = 请至少选择一个兑换码来生成兑换券
desk-voucher-per-page = 每页可放一张兑换券，或在一张A4纸上放四张
desk-voucher-png-one = 一个PNG只能包含一张兑换券：请只选择一个兑换码，或将多个兑换码生成为PDF
desk-voucher-made = 已为兑换码{ $id }生成兑换券（{ $form }）

# 兑换券：为客户印在券面上的内容（desk/voucher/card.rs、pdf.rs）。PDF的内置字体
# 只能显示Latin-1字符；PNG卡片可显示任何文字。
desk-voucher-pdf-title = Giftdesk兑换券
desk-voucher-code = 兑换码
desk-voucher-pin = PIN
desk-voucher-serial = 序列号
desk-voucher-claim-at = 兑换地址：{ $link }
desk-voucher-valid-until = 有效期至{ $date }
