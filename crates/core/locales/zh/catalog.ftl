# 商品目录（crates/core/src/catalog/）。消息ID固定不变，措辞可以改进。

# 查找商品（catalog/family.rs、logos.rs、offers.rs、esims.rs）
catalog-no-product = 找不到商品{ $id }
catalog-no-such-product = { $provider }的商品目录中没有商品“{ $id }”；请刷新商品目录或检查商品ID
catalog-no-longer-sold = Cryptorefills已不再在{ $country }销售{ $brand }
catalog-value-not-an-amount = { $value }不是有效金额：请输入数字，如25或25.50
catalog-coin-invalid = { $coin }不是有效的币种：请使用USDC或USDT等币种
catalog-not-a-cryptorefills-product = { $product }不是Cryptorefills的商品
catalog-esim-destination = 目的地须为两个字母的国家/地区代码，如JP或DE

# “为手机充值”：Bitrefill为何没有适用于该号码的商品（catalog/operators.rs）
catalog-bitrefill-no-operator = Bitrefill不支持为此号码的任何运营商充值。
catalog-bitrefill-not-set-up = 尚未配置Bitrefill，因此未向其查询。
catalog-bitrefill-unsupported-operator = Bitrefill不支持为此号码的运营商充值。
catalog-bitrefill-unknown-operator = Bitrefill无法识别此号码的运营商。
catalog-bitrefill-not-asked = 无法向Bitrefill查询：{ $error }

# 同步结果中数量之外的说明，各部分以“; ”连接（catalog/sync.rs）。$countries最多列出八个；
# $more为其余的数量；$count为总数。中文没有单复数之分，这里用数字1精确匹配。
catalog-sync-no-market = 所有市场均无法读取（共{ $count }个；{ $country }：{ $message }）
catalog-sync-continues = 供应商的每小时请求额度已用完；其余部分约{ $minutes }分钟后继续同步
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] 及另外{ $more }个国家/地区
    }无法读取（{ $count ->
        [1] {""}
       *[other] 第一个国家/地区的原因：
    }{ $reason }）；{ $count ->
        [1] 该国家/地区
       *[other] 这些国家/地区
    }保留上次同步的内容
catalog-sync-only-chosen = 商品目录超出了每小时的请求额度，因此只保持你的市场和类型（{ $chosen }）为最新
