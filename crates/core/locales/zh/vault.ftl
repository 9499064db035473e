# 兑换码保险库（crates/core/src/vault/）。消息ID固定不变，措辞可以改进。

# 查找兑换码（vault/mod.rs；工作台的销售和兑换券也会用到）
vault-no-code = 保险库中没有兑换码{ $id }
vault-not-an-esim = 兑换码{ $id }不是带激活信息的eSIM
vault-no-esim-with-iccid = 保险库中没有此ICCID的eSIM；请提供在这里购买的eSIM的ICCID（显示在其兑换码信息中）

# 从保险库和工作台导出及写入的其他文件（vault/export.rs）
vault-file-exists = { $path }已存在；请换一个文件名

# 备份和恢复（vault/backup/）
vault-backup-passphrase-short = 备份密码短语至少需要{ $min }个字符；最好使用几个你记得住的词语
vault-backup-not-a-backup = { $path }不是Giftdesk备份；请选择通过“备份保险库…”生成的文件
vault-backup-not-age = { $path }不是Giftdesk备份（不是age文件）
vault-backup-key-not-passphrase = { $path }是用密钥而非密码短语加密的：它不是由Giftdesk生成的
vault-backup-wrong-passphrase = 此密码短语无法打开该备份；请输入创建备份时设置的密码短语
vault-backup-cannot-open = 无法打开{ $path }：{ $detail }
vault-backup-damaged = { $path }已损坏或不完整；未恢复任何数据
vault-backup-newer = { $path }由较新版本的Giftdesk生成（其数据版本{ $theirs }高于当前的{ $ours }）；请先更新Giftdesk，再进行恢复
vault-backup-code-without-contents = 备份中有一个兑换码缺少内容；备份已损坏
vault-backup-purchase-clash = 备份中的采购{ $id }与此处已有的记录冲突，无法恢复

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = 保险库中的一个兑换码已打开，但无法读取（{ $detail }）
vault-key-damaged = 密钥环中的保险库密钥已损坏；请从备份恢复你的兑换码
vault-backup-not-written = 无法写入备份：{ $detail }
vault-backup-not-read = 无法读取备份：{ $detail }
