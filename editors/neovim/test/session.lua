-- An editing session in Neovim for the test suite (tests/suite/lsp_neovim.rs): with the
-- file given on the command line open and `sopan lsp` attached by ../sopan.lua, make a
-- broken edit, wait for its diagnostics and write them out, fix it, wait for them to
-- clear, spoil the layout, format through the server, and write the buffer.
--
-- Results go to the folder $SOPAN_NVIM_OUT: diagnostics.json, then done (or error with
-- what failed). Works on Neovim 0.7 and newer.

local out = vim.env.SOPAN_NVIM_OUT
local patience = 30000

local function write(name, text)
  local file = assert(io.open(out .. "/" .. name, "w"))
  file:write(text)
  file:close()
end

local function wait(what, condition)
  if not vim.wait(patience, condition, 20) then
    error("timed out waiting for " .. what)
  end
end

local function clients()
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  return get()
end

local function line_with(text)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    if line:find(text, 1, true) then
      return i - 1, line
    end
  end
  error("no line holds " .. text)
end

local function session()
  wait("the server to start", function()
    local all = clients()
    return #all > 0 and all[1].initialized ~= false
  end)

  -- A broken edit: an unknown unit.
  local row, line = line_with("waktu 30 menit")
  local broken = line:gsub("30 menit", "30 menti")
  vim.api.nvim_buf_set_lines(0, row, row + 1, false, { broken })
  wait("diagnostics of the broken edit", function()
    return #vim.diagnostic.get(0) > 0
  end)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(found, {
      lnum = d.lnum,
      col = d.col,
      code = d.code or lsp.code,
      message = d.message,
    })
  end
  write("diagnostics.json", vim.fn.json_encode(found))

  -- Fixed: the diagnostics clear.
  vim.api.nvim_buf_set_lines(0, row, row + 1, false, { line })
  wait("the diagnostics to clear", function()
    return #vim.diagnostic.get(0) == 0
  end)

  -- Spoilt layout, formatted by the server.
  local id_row, id_line = line_with("  id ")
  vim.api.nvim_buf_set_lines(0, id_row, id_row + 1, false, { (id_line:gsub("^  id ", "      id     ")) })
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ async = false, timeout_ms = patience })
  else
    vim.lsp.buf.formatting_sync(nil, patience)
  end
  vim.cmd("write")
  write("done", "ok")
end

local ok, problem = pcall(session)
if not ok then
  write("error", tostring(problem))
end
vim.cmd("qall!")
