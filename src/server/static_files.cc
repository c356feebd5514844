#include "server/static_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace parley::server {
namespace {

namespace fs = std::filesystem;

constexpr const char* kVendorDir = "node_modules/uplot/dist";
constexpr const char* kVendorFiles[] = {"uPlot.iife.min.js", "uPlot.min.css"};

std::string ContentType(const std::string& name) {
  static const std::pair<const char*, const char*> kTypes[] = {{".html", "text/html; charset=utf-8"},
                                                               {".js", "text/javascript; charset=utf-8"},
                                                               {".css", "text/css; charset=utf-8"},
                                                               {".svg", "image/svg+xml"},
                                                               {".png", "image/png"},
                                                               {".ico", "image/x-icon"},
                                                               {".woff2", "font/woff2"}};
  for (const auto& [ext, type] : kTypes)
    if (name.ends_with(ext)) return type;
  return "";
}

bool PlainName(const std::string& name) {
  return !name.empty() && name[0] != '.' && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
  });
}

}  // namespace

StaticFiles::StaticFiles(const std::string& web_dir) {
  if (web_dir.empty()) return;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(web_dir, ec)) {
    std::string name = entry.path().filename().string();
    std::string type = ContentType(name);
    if (PlainName(name) && !type.empty() && entry.is_regular_file(ec))
      files_["/" + name] = {entry.path().string(), type};
  }
  for (const char* name : kVendorFiles) {
    fs::path p = fs::path(web_dir) / kVendorDir / name;
    if (fs::is_regular_file(p, ec)) files_[std::string("/vendor/") + name] = {p.string(), ContentType(name)};
  }
}

const StaticFiles::File* StaticFiles::Find(const std::string& request_path) const {
  auto it = files_.find(request_path == "/" ? "/index.html" : request_path);
  return it == files_.end() ? nullptr : &it->second;
}

Status CheckVendorFiles(const std::string& web_dir) {
  for (const char* name : kVendorFiles) {
    fs::path p = fs::path(web_dir) / kVendorDir / name;
    std::error_code ec;
    if (!fs::is_regular_file(p, ec)) return Status::NotFound(p.string());
  }
  return Status::Ok();
}

}  // namespace parley::server
