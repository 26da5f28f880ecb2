-- Headless Neovim (0.7+) as a real LSP client of dist/server.js over stdio. Opens the template given
-- as the first argument, waits for the mention-mutual diagnostic, applies "Insert mutual reference",
-- writes the file and waits for that diagnostic to go. Exit 0 and "PASS" mean success; every wait is bounded.
local server = os.getenv('SERVER_JS')
local file = vim.fn.argv(0)
local function out(s) io.stdout:write(s .. '\n') end
local function fail(code, why) out('FAIL ' .. why); vim.cmd('cquit ' .. code) end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'outreach'
local id = vim.lsp.start_client({ name = 'outreach-lint', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
if not id then fail(2, 'could not start the server') end
vim.lsp.buf_attach_client(buf, id)

local function mutual_diagnostic()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'mention-mutual' and d.source == 'outreach-lint' then return d end
  end
end

if not vim.wait(15000, function() return mutual_diagnostic() ~= nil end, 10) then fail(3, 'no mention-mutual diagnostic') end
local d = mutual_diagnostic()
out('DIAGNOSTIC ' .. d.lnum .. ' ' .. d.message)

-- The diagnostics as the editor sends them back in a code action request (data included).
local line_diagnostics = {}
for _, ld in ipairs(vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum)) do
  if ld.code == 'mention-mutual' then table.insert(line_diagnostics, ld) end
end
local client = vim.lsp.get_client_by_id(id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = line_diagnostics },
}
local resp = client.request_sync('textDocument/codeAction', params, 5000, buf)
if not resp or resp.err or not resp.result then fail(4, 'code action request failed') end
local action
for _, a in ipairs(resp.result) do
  if a.title == 'Insert mutual reference' then action = a end
end
if not action then fail(5, 'no "Insert mutual reference" action') end
out('ACTION ' .. action.title .. (action.isPreferred and ' preferred' or ''))
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
vim.cmd('silent write')

if not vim.wait(10000, function() return mutual_diagnostic() == nil end, 10) then fail(6, 'mention-mutual diagnostic still there') end
out('PASS')
for _, c in pairs(vim.lsp.get_active_clients()) do c.stop(true) end
vim.cmd('qall!')
