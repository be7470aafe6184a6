-- Sopan in Neovim 0.7 and newer: `.sop` files get the filetype `sopan`, `//` comments, and
-- the language server `sopan lsp` (diagnostics as you type, completion, hover, go to
-- definition, references, rename, formatting, quick fixes, row numbers as hints).
--
-- Use it from your init.lua:
--
--   dofile(vim.fn.expand("~/src/sopan/editors/neovim/sopan.lua"))
--
-- or copy it to ~/.config/nvim/lua/sopan.lua and `require("sopan")`. Set
-- `vim.g.sopan_path` to the full path of the `sopan` program when it is not on PATH.
-- See docs/editors.md.

vim.cmd([[
  augroup sopan_filetype
    autocmd!
    autocmd BufRead,BufNewFile *.sop setfiletype sopan
  augroup END
]])

-- The folder checked as one repository: the nearest one above the file that holds `.git`,
-- else the nearest with a `sopan.yaml`, else the file's own.
local function root_of(path)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  local git = vim.fn.finddir(".git", dir .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h:h")
  end
  local config = vim.fn.findfile("sopan.yaml", dir .. ";")
  if config ~= "" then
    return vim.fn.fnamemodify(config, ":p:h")
  end
  return dir
end

-- One server per repository folder, shared by its buffers.
local clients = {}

local function attach(buf)
  local path = vim.api.nvim_buf_get_name(buf)
  if path == "" then
    return
  end
  local root = root_of(path)
  local config = {
    name = "sopan",
    cmd = { vim.g.sopan_path or "sopan", "lsp" },
    root_dir = root,
  }
  if vim.lsp.start then
    -- Neovim 0.8 and newer: finds or starts the client for this root and attaches it.
    vim.lsp.start(config, { bufnr = buf })
    return
  end
  local id = clients[root]
  if id == nil or vim.lsp.get_client_by_id(id) == nil then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(buf, id)
  end
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "sopan",
  callback = function(args)
    vim.bo[args.buf].commentstring = "// %s"
    vim.bo[args.buf].expandtab = true
    vim.bo[args.buf].shiftwidth = 2
    vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc"
    attach(args.buf)
  end,
})
